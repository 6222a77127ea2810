package jp.tsunagu.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/** The address after login: each role goes where its day starts (admins to users, facilities to offers). */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(
                currentUser.hasRole(AppRoles.ADMIN)
                        ? "admin/users"
                        : currentUser.hasRole(AppRoles.FACILITY) ? "portal/offers" : "tasks");
    }
}
