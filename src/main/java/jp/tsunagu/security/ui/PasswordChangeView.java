package jp.tsunagu.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.PasswordChangeRequired;

/**
 * The one page a person with a temporary password sees (a new account, a reset): they choose their own before
 * anything else. Every other page sends them here until they have.
 */
@Route(value = "password", autoLayout = false)
@PermitAll
public class PasswordChangeView extends VerticalLayout implements HasDynamicTitle {

    PasswordChangeView(MyAccount accounts, AuthenticationContext authentication) {
        addClassName("password-view");
        getElement().setAttribute("role", "main");
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        add(
                new H1(getTranslation("password.first.title")),
                new Paragraph(
                        getTranslation("password.first.explain", accounts.mine().displayName())),
                new PasswordChangeForm(accounts, () -> {
                    PasswordChangeRequired.passwordChanged();
                    Notifications.success(getTranslation("password.changed"));
                    UI.getCurrent().navigate("");
                }));
        // Someone else's temporary password, or no time now: log out instead.
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("password-logout");
        add(logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.first.title");
    }
}
