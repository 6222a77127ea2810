package jp.tsunagu.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import jp.tsunagu.base.ui.NavbarWidget;
import jp.tsunagu.search.SearchService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import org.springframework.core.annotation.Order;

/**
 * The search box in the top bar: Enter opens the results. On a phone the box gives way to a magnifier button that
 * opens the search page.
 */
@org.springframework.stereotype.Component
@Order(0)
class SearchBox implements NavbarWidget {

    private final CurrentUser currentUser;

    SearchBox(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (!(currentUser.hasRole(AppRoles.DIRECTOR)
                || currentUser.hasRole(AppRoles.INTERMEDIARY)
                || currentUser.hasRole(AppRoles.SUPERVISOR)
                || currentUser.hasRole(AppRoles.FACILITY))) {
            return null;
        }
        TextField box = new TextField();
        box.setId("global-search");
        box.addClassName("navbar-search");
        box.setPlaceholder(box.getTranslation("search.placeholder"));
        box.setAriaLabel(box.getTranslation("search.title"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(SearchService.MAX_CHARS);
        box.addKeyDownListener(Key.ENTER, e -> open(box, box.getValue()));
        Button phone = new Button(VaadinIcon.SEARCH.create(), e -> open(box, ""));
        phone.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        phone.addClassName("navbar-search-button");
        phone.setAriaLabel(box.getTranslation("search.title"));
        phone.setTooltipText(box.getTranslation("search.title"));
        Div both = new Div(box, phone);
        both.addClassName("navbar-search-wrap");
        return both;
    }

    private static void open(Component from, String words) {
        from.getUI()
                .ifPresent(ui -> ui.navigate(
                        SearchView.class,
                        words == null || words.isBlank()
                                ? QueryParameters.empty()
                                : QueryParameters.simple(Map.of("q", words.strip()))));
    }
}
