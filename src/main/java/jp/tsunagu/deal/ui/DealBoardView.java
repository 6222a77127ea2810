package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.BoardColumn;
import jp.tsunagu.deal.DealListItem;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;

/**
 * The pipeline board: open deals as cards in columns by step, with each column's count and monthly demand.
 * The process moves the deals; the board shows where they stand. Filter by director, kind of work, amount.
 */
@Route("board")
@Menu(order = 18, icon = "vaadin:grid-h", title = "nav.board")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class DealBoardView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Map.Entry<String, String>> director = new ComboBox<>();
    final Select<WorkCategory> category = new Select<>();
    final IntegerField minAmount = new IntegerField();
    final Div board = new Div();
    private final DealService deals;
    private final Map<String, String> names;

    DealBoardView(DealService deals, UserDirectory users, CurrentUser currentUser) {
        this.deals = deals;
        setSizeFull();
        List<Map.Entry<String, String>> directors = users.withRole(AppRoles.DIRECTOR);
        names = directors.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        director.setItems(directors);
        director.setItemLabelGenerator(Map.Entry::getValue);
        director.setPlaceholder(getTranslation("board.allDirectors"));
        director.setClearButtonVisible(true);
        director.setId("board-director");
        if (currentUser.hasRole(AppRoles.DIRECTOR)) {
            directors.stream()
                    .filter(d -> d.getKey().equals(currentUser.username()))
                    .findFirst()
                    .ifPresent(director::setValue);
        }
        category.setItems(WorkCategory.values());
        category.setItemLabelGenerator(
                c -> c == null ? getTranslation("deals.allCategories") : getTranslation("category." + c));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("deals.allCategories"));
        category.setId("board-category");
        minAmount.setPlaceholder(getTranslation("board.minAmount"));
        minAmount.setPrefixComponent(new Span("¥"));
        minAmount.setMin(0);
        minAmount.setValueChangeMode(ValueChangeMode.LAZY);
        minAmount.setClearButtonVisible(true);
        minAmount.setId("board-min-amount");
        HorizontalLayout bar = new HorizontalLayout(director, category, minAmount);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        board.addClassName("board");
        board.setId("board");
        add(bar, board);
        director.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        minAmount.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void refresh() {
        board.removeAll();
        long min = minAmount.getValue() == null || minAmount.getValue() < 0 ? 0 : minAmount.getValue();
        List<BoardColumn> columns = deals.board(
                director.getValue() == null ? null : director.getValue().getKey(), category.getValue(), min);
        for (BoardColumn column : columns) {
            Div col = new Div();
            col.addClassName("board-column");
            col.addClassName("party-" + column.stage().party().name().toLowerCase());
            col.getElement().setAttribute("data-stage", column.stage().name());
            H2 title = new H2(getTranslation("stage." + column.stage()));
            Span totals = new Span(getTranslation("board.totals", column.count(), Formats.yen(column.monthlyTotal())));
            totals.addClassName("board-totals");
            Div head = new Div(title, totals);
            head.addClassName("board-column-head");
            col.add(head);
            for (DealListItem d : column.cards()) {
                col.add(card(d));
            }
            if (column.count() > column.cards().size()) {
                Span more = new Span(getTranslation(
                        "board.more", column.count() - column.cards().size()));
                more.addClassName("muted");
                col.add(more);
            }
            board.add(col);
        }
    }

    private Anchor card(DealListItem d) {
        Anchor card = new Anchor("deals/" + d.id());
        card.addClassName("board-card");
        Span title = new Span(d.title());
        title.addClassName("board-card-title");
        Span customer = new Span(d.customerName());
        customer.addClassName("muted");
        Span amount = new Span(Formats.yen(d.monthlyAmount()) + getTranslation("board.perMonth"));
        amount.addClassName("board-card-amount");
        Span meta = new Span(
                getTranslation("category." + d.category()) + "・" + names.getOrDefault(d.director(), d.director()));
        meta.addClassName("muted");
        card.add(title, customer, amount, meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board");
    }
}
