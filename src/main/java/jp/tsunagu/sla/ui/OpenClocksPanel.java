package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.TextRenderer;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.SlaMonitor;
import jp.tsunagu.sla.SlaMonitor.Attention;
import jp.tsunagu.sla.SlaMonitor.Group;
import jp.tsunagu.sla.SlaMonitor.OpenFilter;

/**
 * Open hand-offs at risk and breached: counts by stage, organisation and person (a click narrows the
 * list), and the list itself, earliest due first, each row leading to its deal.
 */
class OpenClocksPanel extends VerticalLayout {

    private final SlaMonitor monitor;
    final Grid<Group> byStage = groupGrid("sla.group.stage");
    final Grid<Group> byParty = groupGrid("sla.group.party");
    final Grid<Group> byPerson = groupGrid("sla.group.person");
    final Grid<Attention> attention = new Grid<>();
    final Span filterLabel = new Span();
    private OpenFilter filter = OpenFilter.all();

    private final UserDirectory users;

    OpenClocksPanel(SlaMonitor monitor, UserDirectory users) {
        this.monitor = monitor;
        this.users = users;
        setPadding(false);
        byStage.addItemClickListener(
                e -> narrow(new OpenFilter(DealStage.valueOf(e.getItem().key()), null, null)));
        byParty.addItemClickListener(
                e -> narrow(new OpenFilter(null, Party.valueOf(e.getItem().key()), null)));
        byPerson.addItemClickListener(
                e -> narrow(new OpenFilter(null, null, e.getItem().key())));
        byStage.getColumnByKey("key").setRenderer(new TextRenderer<>(g -> getTranslation("stage." + g.key())));
        byParty.getColumnByKey("key").setRenderer(new TextRenderer<>(g -> getTranslation("party." + g.key())));
        byPerson.getColumnByKey("key")
                .setRenderer(new TextRenderer<>(
                        g -> g.key().isEmpty() ? getTranslation("sla.group.unassigned") : users.displayName(g.key())));
        Div groups = new Div(byStage, byParty, byPerson);
        groups.addClassName("group-grids");

        attention.setId("sla-attention");
        attention.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        attention
                .addComponentColumn(
                        a -> Badges.of(getTranslation("sla.state." + a.state()), SlaDealSection.stateKind(a.state())))
                .setHeader(getTranslation("sla.col.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attention
                .addColumn(Attention::title)
                .setHeader(getTranslation("deal.title"))
                .setFlexGrow(2);
        attention
                .addColumn(Attention::customer)
                .setHeader(getTranslation("deal.customer"))
                .setFlexGrow(1);
        attention
                .addColumn(a -> getTranslation("stage." + a.stage()))
                .setHeader(getTranslation("sla.col.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attention
                .addColumn(a ->
                        a.assignee() == null ? getTranslation("sla.group.unassigned") : users.displayName(a.assignee()))
                .setHeader(getTranslation("sla.group.person"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attention
                .addColumn(a -> getTranslation(
                        "sla.usedOf",
                        SlaDealSection.days(a.usedMinutes(), a.minutesPerDay()),
                        SlaDealSection.days(a.targetMinutes(), a.minutesPerDay())))
                .setHeader(getTranslation("sla.col.used"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        attention
                .addColumn(a -> Formats.dateTime(a.dueAt()))
                .setHeader(getTranslation("sla.col.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // No exact count: a quarter of a million open clocks at risk would cost more to count than to page.
        attention.setItems(q -> monitor.attention(filter, q.getOffset(), q.getLimit()).stream());
        attention.setEmptyStateText(getTranslation("sla.attention.empty"));
        attention.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().dealId())));
        attention.setHeight("24em");

        Button clear = new Button(getTranslation("sla.filter.clear"), e -> narrow(OpenFilter.all()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(groups, new Div(filterLabel, clear), attention);
    }

    private Grid<Group> groupGrid(String headerKey) {
        Grid<Group> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Group::key)
                .setKey("key")
                .setHeader(getTranslation(headerKey))
                .setFlexGrow(3);
        grid.addColumn(Group::atRisk)
                .setHeader(getTranslation("sla.state.AT_RISK"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Group::breached)
                .setHeader(getTranslation("sla.state.BREACHED"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Group::open)
                .setHeader(getTranslation("sla.group.open"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setMaxHeight("16em");
        return grid;
    }

    private void narrow(OpenFilter newFilter) {
        filter = newFilter;
        filterLabel.setText(
                newFilter.stage() != null
                        ? getTranslation("stage." + newFilter.stage())
                        : newFilter.party() != null
                                ? getTranslation("party." + newFilter.party())
                                : newFilter.assignee() != null
                                        ? (newFilter.assignee().isEmpty()
                                                ? getTranslation("sla.group.unassigned")
                                                : newFilter.assignee())
                                        : getTranslation("sla.filter.all"));
        attention.getDataProvider().refreshAll();
    }

    void refresh() {
        byStage.setItems(monitor.openBy("stage"));
        byParty.setItems(monitor.openBy("party"));
        byPerson.setItems(monitor.openBy("assignee"));
        narrow(filter);
    }
}
