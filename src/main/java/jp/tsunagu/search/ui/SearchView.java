package jp.tsunagu.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.search.SearchHit;
import jp.tsunagu.search.SearchKind;
import jp.tsunagu.search.SearchService;
import jp.tsunagu.security.AppRoles;

/** The search results, grouped by kind, each opening its page; the words stay in the box to refine. */
@Route("search")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    final TextField words = new TextField();
    final Div results = new Div();
    final Paragraph summary = new Paragraph();

    SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");
        setMaxWidth("60em");
        words.setId("search-words");
        words.setWidthFull();
        words.setPlaceholder(getTranslation("search.placeholder"));
        words.setAriaLabel(getTranslation("search.title"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setHelperText(getTranslation("search.hint"));
        words.setClearButtonVisible(true);
        words.setMaxLength(SearchService.MAX_CHARS);
        words.addKeyDownListener(Key.ENTER, e -> getUI().ifPresent(ui -> ui.navigate(
                SearchView.class,
                QueryParameters.simple(Map.of("q", words.getValue().strip())))));
        summary.setId("search-summary");
        results.setId("search-results");
        results.addClassName("search-results");
        add(new H2(getTranslation("search.title")), words, summary, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q =
                event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        words.setValue(q);
        show(q);
        words.focus();
    }

    void show(String q) {
        results.removeAll();
        summary.setText("");
        words.setInvalid(false);
        if (q.isBlank()) {
            return;
        }
        List<SearchHit> hits;
        try {
            hits = search.search(q);
        } catch (UserFacingException refusal) {
            words.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
            words.setInvalid(true);
            return;
        }
        summary.setText(
                hits.isEmpty()
                        ? getTranslation("search.none", q.strip())
                        : getTranslation("search.results", q.strip(), hits.size()));
        Map<SearchKind, UnorderedList> groups = new EnumMap<>(SearchKind.class);
        for (SearchHit hit : hits) {
            UnorderedList list = groups.computeIfAbsent(hit.kind(), k -> new UnorderedList());
            Anchor link = new Anchor(hit.link(), hit.title());
            link.addClassName("search-hit-title");
            ListItem item = new ListItem(link);
            if (hit.context() != null && !hit.context().isBlank()) {
                Span context = new Span(hit.context());
                context.addClassName("search-hit-context");
                item.add(context);
            }
            item.addClassName("search-hit");
            list.add(item);
        }
        groups.forEach((kind, list) -> {
            Div group = new Div(
                    new H3(getTranslation(
                            "search.group",
                            getTranslation("search.kind." + kind),
                            list.getChildren().count())),
                    list);
            group.addClassName("search-group");
            group.setId("search-" + kind.name().toLowerCase());
            results.add(group);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
