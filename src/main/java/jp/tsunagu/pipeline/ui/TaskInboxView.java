package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.ui.Grids;
import jp.tsunagu.base.ui.Narrow;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.InboxSort;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.SavedFilterService;
import jp.tsunagu.pipeline.TaskBulkActions;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.UserDirectory;

/**
 * Where directors and intermediary staff spend their day: their own tasks, and their groups' tasks to
 * claim. The grid pages through the engine's task query; the most urgent due date is on top by default.
 */
@Route("tasks")
@Menu(order = 10, icon = "vaadin:inbox", title = "nav.inbox")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR})
class TaskInboxView extends VerticalLayout implements HasDynamicTitle, AfterNavigationObserver {

    static final String SORT_DUE = "due";
    static final String SORT_WAITING = "waiting";
    /** The view last shown, kept in the session: the task page opens the next task of this view. */
    static final String FILTER_ATTRIBUTE = "tsunagu.inbox.filter";

    final TaskInboxService inbox;
    private final MyAccount accounts;
    final UserDirectory users;
    final CurrentUser currentUser;
    final Clock clock;
    final Tab mineTab = new Tab();
    final Tab groupTab = new Tab();
    final Tab allTab = new Tab();
    final Tabs tabs = new Tabs(mineTab, groupTab);
    final TextField search = new TextField();
    final Select<DealStage> stage = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Checkbox includeLater = new Checkbox();
    final Checkbox openNext = new Checkbox();
    /** Set by the built-in view 今日が期限; cleared by any other change of the filters. */
    private boolean dueToday;

    private boolean applying;
    final SavedViewsBar views;
    final Grid<InboxTask> grid = new Grid<>();
    final HorizontalLayout bulkBar = new HorizontalLayout();
    final Span selectedCount = new Span();
    final Button claimSelected = new Button();
    final Button releaseSelected = new Button();
    final ComboBox<Map.Entry<String, String>> reassignTo = new ComboBox<>();
    final Button reassignSelected = new Button();
    /** The last bulk action's results, one line per task. */
    Dialog results;
    /** The row the keyboard points at (arrows or j/k); Enter opens it, c claims it, x selects it. */
    InboxTask current;

    final TaskBulkActions bulk;

    TaskInboxView(
            TaskInboxService inbox,
            TaskBulkActions bulk,
            SavedFilterService savedFilters,
            MyAccount accounts,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock) {
        this.bulk = bulk;
        this.inbox = inbox;
        this.accounts = accounts;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.views = new SavedViewsBar(savedFilters, inbox, users, currentUser, this::filter, this::apply);
        addClassName("inbox-view");
        setSizeFull();
        if (currentUser.hasRole(AppRoles.SUPERVISOR)) {
            tabs.add(allTab);
            allTab.setId("inbox-all-tab");
        }

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
        includeLater.setLabel(getTranslation("inbox.includeLater"));
        includeLater.setId("inbox-include-later");
        includeLater.setTooltipText(getTranslation("inbox.includeLater.hint"));
        Button help = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(), e -> InboxKeys.help(this));
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        help.setAriaLabel(getTranslation("inbox.shortcuts"));
        help.setTooltipText(getTranslation("inbox.shortcuts"));
        help.setId("inbox-shortcuts");
        help.addClassName("desk-only");

        HorizontalLayout filters = new HorizontalLayout(search, stage, overdueOnly, includeLater, help);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        // On a phone the filters wrap under each other rather than run off the screen.
        filters.setWrap(true);
        filters.addClassName("inbox-filters");
        search.setWidth("min(22em, 100%)");

        configureGrid();
        InboxBulk.configure(this);
        openNext.setLabel(getTranslation("inbox.openNext"));
        openNext.setId("inbox-open-next");
        openNext.setValue(accounts.opensNextTask());
        openNext.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                accounts.setOpensNextTask(e.getValue());
            }
        });
        tabs.addSelectedChangeListener(e -> changed());
        search.addValueChangeListener(e -> changed());
        stage.addValueChangeListener(e -> changed());
        overdueOnly.addValueChangeListener(e -> changed());
        includeLater.addValueChangeListener(e -> changed());
        HorizontalLayout footer = new HorizontalLayout(openNext);
        footer.addClassName("inbox-footer");
        add(tabs, views, filters, bulkBar, grid, footer);
        refresh();
        // A phone shows each task as one card (SLA, deal, customer, stage, buttons) instead of seven columns, and
        // no check boxes: bulk work is for the desk.
        Narrow.track(this, narrow -> {
            grid.getColumns().forEach(c -> c.setVisible(narrow == (c == cardColumn)));
            grid.setSelectionMode(narrow ? Grid.SelectionMode.NONE : Grid.SelectionMode.MULTI);
            grid.setAllRowsVisible(false);
            bulkBar.setVisible(false);
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Nothing has the focus yet, so j (or k) moves into the list at once.
        getElement()
                .executeJs("if (document.activeElement && document.activeElement !== document.body) "
                        + "document.activeElement.blur();");
    }

    /** A filter changed by hand: the built-in "due today" no longer applies. */
    private void changed() {
        if (!applying) {
            dueToday = false;
            refresh();
        }
    }

    /** Shows a saved view: its filter goes into the controls, so the person sees what it is and can change it. */
    void apply(SavedFilterService.SavedFilter view) {
        InboxFilter f = view.filter();
        applying = true;
        try {
            tabs.setSelectedTab(
                    switch (f.scope()) {
                        case MINE -> mineTab;
                        case GROUP -> groupTab;
                        case ALL -> currentUser.hasRole(AppRoles.SUPERVISOR) ? allTab : groupTab;
                    });
            search.setValue(f.text() == null ? "" : f.text());
            stage.setValue(f.stage());
            overdueOnly.setValue(f.overdueOnly());
            includeLater.setValue(f.includeLater());
            dueToday = f.dueToday();
        } finally {
            applying = false;
        }
        refresh();
    }

    private Grid.Column<InboxTask> cardColumn;

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        InboxColumns.Added columns = InboxColumns.addTo(this);
        Grid.Column<InboxTask> due = columns.due();
        cardColumn = columns.card();
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
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"selection".equals(e.getColumn().getKey())) {
                open(e.getItem());
            }
        });
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        InboxKeys.attach(this);
    }

    void claim(InboxTask task) {
        inbox.claim(task.taskId());
        Notifications.success(getTranslation("task.claimed", task.dealTitle()));
        refresh();
    }

    /** Claims the task and opens it at once: the usual way to start on the next piece of work. */
    void claimAndOpen(InboxTask task) {
        inbox.claim(task.taskId());
        Notifications.success(getTranslation("task.claimed", task.dealTitle()));
        open(task);
    }

    void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", task.taskId())));
    }

    InboxFilter filter() {
        InboxScope scope = tabs.getSelectedTab() == groupTab
                ? InboxScope.GROUP
                : tabs.getSelectedTab() == allTab ? InboxScope.ALL : InboxScope.MINE;
        return new InboxFilter(
                scope, search.getValue(), stage.getValue(), overdueOnly.getValue(), dueToday, includeLater.getValue());
    }

    void refresh() {
        InboxFilter f = filter();
        VaadinSession.getCurrent().setAttribute(FILTER_ATTRIBUTE, f);
        current = null;
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        // The grid sizes its automatic columns from the rows it first showed: measure again for the new rows.
        grid.recalculateColumnWidths();
        mineTab.setLabel(getTranslation("inbox.mine", countLabel(inbox.count(f.withScope(InboxScope.MINE)))));
        groupTab.setLabel(getTranslation("inbox.group", countLabel(inbox.count(f.withScope(InboxScope.GROUP)))));
        if (currentUser.hasRole(AppRoles.SUPERVISOR)) {
            allTab.setLabel(getTranslation("inbox.all", countLabel(inbox.count(f.withScope(InboxScope.ALL)))));
        }
        views.refresh();
    }

    static String countLabel(int count) {
        return count >= TaskInboxService.COUNT_CAP
                ? String.format("%,d+", TaskInboxService.COUNT_CAP)
                : String.valueOf(count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
