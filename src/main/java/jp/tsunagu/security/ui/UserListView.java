package jp.tsunagu.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.security.UserDirectory.UserRow;

/** The admin's list of who may log in, and with which role. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(AppRoles.ADMIN)
class UserListView extends VerticalLayout implements HasDynamicTitle {

    UserListView(UserDirectory directory) {
        Grid<UserRow> grid = new Grid<>();
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role())).setHeader(getTranslation("user.role"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.enabled" : "user.disabled"))
                .setHeader(getTranslation("user.status"));
        grid.setItems(q -> directory.page(q.getOffset(), q.getLimit()).stream(), q -> directory.count());
        setSizeFull();
        add(new H2(getTranslation("nav.users")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
