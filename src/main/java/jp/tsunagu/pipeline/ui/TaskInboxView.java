package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.ui.Grids;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Narrow;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.InboxSort;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where directors and intermediary staff spend their day: their own tasks, and their groups' tasks to
 * claim. The grid pages through the engine's task query; the most urgent due date is on top by default.
 */
@Route("tasks")
@Menu(order = 10, icon = "vaadin:inbox", title = "nav.inbox")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class TaskInboxView extends VerticalLayout implements HasDynamicTitle {

    static final String SORT_DUE = "due";
    static final String SORT_WAITING = "waiting";

    private final TaskInboxService inbox;
    private final Clock clock;
    final Tab mineTab = new Tab();
    final Tab groupTab = new Tab();
    final Tabs tabs = new Tabs(mineTab, groupTab);
    final TextField search = new TextField();
    final Select<DealStage> stage = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Grid<InboxTask> grid = new Grid<>();

    TaskInboxView(TaskInboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassName("inbox-view");
        setSizeFull();

        tabs.setId("inbox-tabs");
        search.setPlaceholder(getTranslation("inbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("inbox-search");
        stage.setItems(DealStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("inbox.allStages"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.allStages") : getTranslation("stage." + s));
        stage.setAriaLabel(getTranslation("inbox.column.stage"));
        overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));

        HorizontalLayout filters = new HorizontalLayout(search, stage, overdueOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        // On a phone the filters wrap under each other rather than run off the screen.
        filters.setWrap(true);
        filters.addClassName("inbox-filters");
        search.setWidth("min(22em, 100%)");

        configureGrid();
        tabs.addSelectedChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        add(tabs, filters, grid);
        updateTabCounts();
        // A phone shows each task as one card (SLA, deal, customer, stage, buttons) instead of seven columns.
        Narrow.track(this, narrow -> {
            grid.getColumns().forEach(c -> c.setVisible(narrow == (c == cardColumn)));
            grid.setAllRowsVisible(false);
        });
    }

    private Grid.Column<InboxTask> cardColumn;

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        Grid.Column<InboxTask> due = grid.addColumn(Badges.column(t -> SlaBadge.look(this, t.sla(), t.dueAt())))
                .setHeader(getTranslation("inbox.column.sla")).setKey(SORT_DUE).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"deal-cell\"><span>${item.title}</span>"
                        + Badges.listTemplate("remarks") + "</div>")
                        .withProperty("title", InboxTask::dealTitle)
                        .withProperty("remarks", this::remarks))
                .setHeader(getTranslation("inbox.column.deal")).setWidth("10em").setFlexGrow(3);
        grid.addColumn(InboxTask::customerName).setHeader(getTranslation("inbox.column.customer"))
                .setWidth("6em").setFlexGrow(2);
        grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"badge-row\">" + Badges.listTemplate("stage") + "</div>")
                        .withProperty("stage", this::stageBadges))
                // Fixed widths: a width measured on the first tab's rows would cut off the other tab's longer
                // stage names and its claim buttons (the grid measures only once).
                .setHeader(getTranslation("inbox.column.stage")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(t -> getTranslation("category." + t.category()))
                .setHeader(getTranslation("inbox.column.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> waiting(t.createdAt())).setHeader(getTranslation("inbox.column.waiting"))
                .setKey(SORT_WAITING).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        // Buttons drawn in the browser: a click calls back with the row's task; it must not also open the row.
        grid.addColumn(LitRenderer.<InboxTask>of("<vaadin-button theme=\"small primary\" class=\"claim-button\" "
                        + "?hidden=${!item.claimable} @click=${e => { e.stopPropagation(); claim(); }}>"
                        + Badges.templateText(getTranslation("task.claim")) + "</vaadin-button>"
                        + "<vaadin-button theme=\"small tertiary\" @click=${e => { e.stopPropagation(); open(); }}>"
                        + Badges.templateText(getTranslation("task.open")) + "</vaadin-button>")
                        .withProperty("claimable", t -> t.assignee() == null)
                        .withFunction("claim", this::claim)
                        .withFunction("open", this::open))
                .setHeader(getTranslation("inbox.column.actions")).setKey("actions")
                .setTextAlign(ColumnTextAlign.END).setWidth("9.5em").setFlexGrow(0).setFrozenToEnd(true);
        cardColumn = grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"inbox-card\">"
                        + "<div class=\"badge-row\">" + Badges.listTemplate("sla") + Badges.listTemplate("stage") + "</div>"
                        + "<div class=\"inbox-card-title\">${item.title}</div>"
                        + "<div class=\"inbox-card-customer\">${item.customer}</div>"
                        + "<div class=\"inbox-card-actions\">"
                        + "<vaadin-button theme=\"primary\" class=\"claim-button\" ?hidden=${!item.claimable} "
                        + "@click=${e => { e.stopPropagation(); claim(); }}>"
                        + Badges.templateText(getTranslation("task.claim")) + "</vaadin-button>"
                        + "<vaadin-button @click=${e => { e.stopPropagation(); open(); }}>"
                        + Badges.templateText(getTranslation("task.open")) + "</vaadin-button></div></div>")
                        .withProperty("sla", t -> List.of(SlaBadge.look(this, t.sla(), t.dueAt())))
                        .withProperty("stage", this::stageBadges)
                        .withProperty("title", InboxTask::dealTitle)
                        .withProperty("customer", InboxTask::customerName)
                        .withProperty("claimable", t -> t.assignee() == null)
                        .withFunction("claim", this::claim)
                        .withFunction("open", this::open))
                .setHeader(getTranslation("inbox.column.deal")).setKey("card").setFlexGrow(1);
        cardColumn.setVisible(false);
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
        grid.setItems(query -> {
            InboxSort sort = InboxSort.DUE;
            boolean ascending = true;
            if (!query.getSortOrders().isEmpty()) {
                var order = query.getSortOrders().get(0);
                sort = SORT_WAITING.equals(order.getSorted()) ? InboxSort.WAITING_SINCE : InboxSort.DUE;
                ascending = order.getDirection() == SortDirection.ASCENDING;
            }
            return inbox.page(filter(), query.getOffset(), query.getLimit(), sort, ascending).stream();
        });
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        Shortcuts.addShortcutListener(grid, () -> grid.getSelectedItems().stream().findFirst().ifPresent(this::open),
                Key.ENTER).listenOn(grid);
    }

    /** What another feature remarks on the task (the batch, late, short); none is sent as nothing at all. */
    private List<Badges.Look> remarks(InboxTask task) {
        if (task.remarks().isEmpty()) {
            return null;
        }
        return task.remarks().stream().map(remark -> Badges.Look.of(getTranslation(remark.messageKey(),
                remark.params()), remark.alert() ? "overdue" : "remark")).toList();
    }

    /** The stage, after an escalation mark where the task is a supervisor's escalation. */
    private List<Badges.Look> stageBadges(InboxTask task) {
        List<Badges.Look> badges = new java.util.ArrayList<>(2);
        if (task.isEscalation()) {
            badges.add(Badges.Look.of(getTranslation("inbox.escalation"), "overdue"));
        }
        if (task.stage() != null) {
            badges.add(Badges.Look.of(getTranslation("stage." + task.stage()), "stage",
                    "party-" + task.stage().party().name().toLowerCase()));
        }
        return badges;
    }

    private String waiting(Instant since) {
        Duration d = Duration.between(since, clock.instant());
        String ago = d.toDays() >= 1 ? getTranslation("time.daysAgo", d.toDays())
                : getTranslation("time.hoursAgo", Math.max(0, d.toHours()));
        return Formats.dateTime(since) + " (" + ago + ")";
    }

    void claim(InboxTask task) {
        inbox.claim(task.taskId());
        Notifications.success(getTranslation("task.claimed", task.dealTitle()));
        refresh();
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new com.vaadin.flow.router.RouteParameters("taskId",
                task.taskId())));
    }

    InboxFilter filter() {
        InboxScope scope = tabs.getSelectedTab() == groupTab ? InboxScope.GROUP : InboxScope.MINE;
        return new InboxFilter(scope, search.getValue(), stage.getValue(), overdueOnly.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        // The grid sizes its automatic columns from the rows it first showed: measure again for the new rows.
        grid.recalculateColumnWidths();
        updateTabCounts();
    }

    private void updateTabCounts() {
        InboxFilter f = filter();
        mineTab.setLabel(getTranslation("inbox.mine", countLabel(inbox.count(
                new InboxFilter(InboxScope.MINE, f.text(), f.stage(), f.overdueOnly())))));
        groupTab.setLabel(getTranslation("inbox.group", countLabel(inbox.count(
                new InboxFilter(InboxScope.GROUP, f.text(), f.stage(), f.overdueOnly())))));
    }

    private String countLabel(int count) {
        return count >= TaskInboxService.COUNT_CAP ? String.format("%,d+", TaskInboxService.COUNT_CAP)
                : String.valueOf(count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
