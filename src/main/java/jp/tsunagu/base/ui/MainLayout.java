package jp.tsunagu.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;
import jp.tsunagu.base.i18n.Languages;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/**
 * The frame around every view: the side navigation lists only the views the user's role may open
 * (Vaadin's menu configuration applies the views' access annotations), the user, language and logout.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the view's element, the page's {@code main} landmark, which the skip link moves to. */
    public static final String MAIN_ID = "main-content";

    private final H1 viewTitle = new H1();

    MainLayout(
            AuthenticationContext authentication,
            CurrentUser currentUser,
            UserDirectory users,
            List<NavbarWidget> widgets) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        Div end = new Div();
        end.addClassName("navbar-end");
        if (authentication.isAuthenticated()) {
            widgets.stream().map(NavbarWidget::create).filter(Objects::nonNull).forEach(end::add);
        }
        // Landmarks for screen readers: the bar is the page's header, the menu its navigation, the view its main
        // content; the first Tab stop skips past both to the view. The view is made focusable only while the skip
        // link has put the focus there: a component with tabindex -1 takes everything inside it out of the Tab order.
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("nav.skip"));
        skip.addClassName("skip-link");
        skip.getElement()
                .setAttribute(
                        "onclick",
                        "event.preventDefault(); const m = document.getElementById('" + MAIN_ID + "');"
                                + " if (m) { m.setAttribute('tabindex', '-1'); m.focus(); m.scrollIntoView();"
                                + " m.addEventListener('blur', () => m.removeAttribute('tabindex'), { once: true }); }");
        Header header = new Header(skip, toggle, viewTitle, end);
        header.addClassName("app-header");
        addToNavbar(true, header);

        Div brand = new Div(new Span(getTranslation("app.name")), new Span(getTranslation("app.tagline")));
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        // The drawer as one landmark (the menu is a navigation landmark inside it), so nothing sits outside one.
        Aside drawer = new Aside(brand, new Scroller(nav), footer(authentication, currentUser, users));
        drawer.addClassName("drawer-content");
        drawer.getElement().setAttribute("aria-label", getTranslation("nav.drawer"));
        addToDrawer(drawer);
    }

    private Div footer(AuthenticationContext authentication, CurrentUser currentUser, UserDirectory users) {
        Div footer = new Div();
        footer.addClassName("drawer-footer");
        authentication.getPrincipalName().ifPresent(username -> {
            // The name opens the person's own page: contact, language and password.
            Anchor name = new Anchor("profile", users.displayName(username));
            name.getElement().setAttribute("router-link", true);
            name.addClassName("user-name");
            name.setId("profile-link");
            name.getElement().setAttribute("title", getTranslation("profile.title"));
            // Roles only: a facility's own group (FACILITY-12) is how the engine addresses it, not a role.
            Span role = new Span(currentUser.roles().stream()
                    .filter(AppRoles.ALL::contains)
                    .map(r -> getTranslation("role." + r))
                    .reduce((a, b) -> a + "・" + b)
                    .orElse(""));
            role.addClassName("user-role");
            footer.add(name, role);
        });
        Button language = new Button(
                getTranslation("language.switch"),
                e -> Languages.switchTo(getUI().orElseThrow(), Languages.other(getLocale())));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.setId("language-switch");
        // Its word is in the other language, and read in that language's voice.
        language.getElement().setAttribute("lang", Languages.other(getLocale()).getLanguage());
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.setId("logout");
        footer.add(new Div(language, logout));
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle t ? t.getPageTitle() : "");
        if (getContent() != null) {
            getContent().getElement().setAttribute("role", "main").setAttribute("id", MAIN_ID);
        }
    }
}
