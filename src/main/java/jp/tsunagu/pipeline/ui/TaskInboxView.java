package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
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
import jp.tsunagu.security.UserAccounts;
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

    private final TaskInboxService inbox;
    private final UserAccounts accounts;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
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

    private final TaskBulkActions bulk;

    TaskInboxView(
            TaskInboxService inbox,
            TaskBulkActions bulk,
            SavedFilterService savedFilters,
            UserAccounts accounts,
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
        Button help = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(), e -> shortcutHelp());
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
        configureBulk();
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

    private void configureBulk() {
        bulkBar.setId("inbox-bulk");
        bulkBar.addClassName("inbox-bulk");
        bulkBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bulkBar.setWrap(true);
        claimSelected.setText(getTranslation("inbox.bulk.claim"));
        claimSelected.setId("bulk-claim");
        claimSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        claimSelected.addClickListener(e -> report(bulk.claimAll(selectedIds())));
        releaseSelected.setText(getTranslation("inbox.bulk.release"));
        releaseSelected.setId("bulk-release");
        releaseSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        releaseSelected.addClickListener(e -> report(bulk.releaseAll(selectedIds())));
        boolean supervisor = currentUser.hasRole(AppRoles.SUPERVISOR);
        reassignTo.setId("bulk-reassign-to");
        reassignTo.setAriaLabel(getTranslation("inbox.bulk.reassignTo"));
        reassignTo.setPlaceholder(getTranslation("inbox.bulk.reassignTo"));
        reassignTo.setItemLabelGenerator(e -> e.getValue());
        reassignTo.setVisible(supervisor);
        if (supervisor) {
            List<Map.Entry<String, String>> people = new java.util.ArrayList<>(users.withRole(AppRoles.DIRECTOR));
            people.addAll(users.withRole(AppRoles.INTERMEDIARY));
            reassignTo.setItems(people);
        }
        reassignSelected.setText(getTranslation("inbox.bulk.reassign"));
        reassignSelected.setId("bulk-reassign");
        reassignSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reassignSelected.setVisible(supervisor);
        reassignSelected.addClickListener(e -> {
            if (reassignTo.getValue() == null) {
                reassignTo.setErrorMessage(getTranslation("inbox.bulk.reassignTo.required"));
                reassignTo.setInvalid(true);
                return;
            }
            reassignTo.setInvalid(false);
            report(bulk.reassignAll(selectedIds(), reassignTo.getValue().getKey()));
        });
        bulkBar.add(selectedCount, claimSelected, releaseSelected, reassignTo, reassignSelected);
        bulkBar.setVisible(false);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            bulkBar.setVisible(n > 0);
            selectedCount.setText(getTranslation("inbox.bulk.selected", n));
            boolean group = tabs.getSelectedTab() == groupTab;
            claimSelected.setVisible(group);
            releaseSelected.setVisible(tabs.getSelectedTab() == mineTab);
        });
    }

    private List<String> selectedIds() {
        return grid.getSelectedItems().stream().map(InboxTask::taskId).toList();
    }

    /** Each task's result of a bulk action, in a dialog that lists what was done and what was not, and why. */
    void report(List<TaskBulkActions.BulkResult> outcome) {
        long done = outcome.stream().filter(TaskBulkActions.BulkResult::done).count();
        results = new Dialog();
        results.setId("bulk-results");
        results.setHeaderTitle(getTranslation("inbox.bulk.result", done, outcome.size()));
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        for (TaskBulkActions.BulkResult r : outcome) {
            Span line = new Span((r.done() ? "✓ " : "✗ ")
                    + getTranslation(
                            "inbox.bulk.line",
                            r.dealTitle().isEmpty() ? getTranslation("task.gone") : r.dealTitle(),
                            getTranslation(r.messageKey(), r.params())));
            line.addClassName(r.done() ? "bulk-done" : "bulk-refused");
            lines.add(line);
        }
        results.add(lines);
        Button close = new Button(getTranslation("action.close"), e -> results.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        results.getFooter().add(close);
        results.open();
        grid.deselectAll();
        refresh();
    }

    private void shortcutHelp() {
        Dialog dialog = new Dialog();
        dialog.setId("inbox-shortcut-help");
        dialog.setHeaderTitle(getTranslation("inbox.shortcuts"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (String key : List.of("move", "open", "claim", "select", "search", "help")) {
            list.add(new Span(getTranslation("inbox.shortcut." + key)));
        }
        dialog.add(list);
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }

    private Grid.Column<InboxTask> cardColumn;

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.setPageSize(Grids.PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        Grid.Column<InboxTask> due = grid.addColumn(
                        Badges.column(t -> SlaBadge.look(this, t.sla(), t.dueAt(), clock.instant())))
                .setHeader(getTranslation("inbox.column.sla"))
                .setKey(SORT_DUE)
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"deal-cell\"><span>${item.title}</span>"
                                + Badges.listTemplate("remarks") + "</div>")
                        .withProperty("title", InboxTask::dealTitle)
                        .withProperty("remarks", this::remarks))
                .setHeader(getTranslation("inbox.column.deal"))
                .setKey("deal")
                .setWidth("10em")
                .setFlexGrow(3);
        grid.addColumn(InboxTask::customerName)
                .setHeader(getTranslation("inbox.column.customer"))
                .setWidth("6em")
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"badge-row\">" + Badges.listTemplate("stage") + "</div>")
                        .withProperty("stage", this::stageBadges))
                // Fixed widths: a width measured on the first tab's rows would cut off the other tab's longer
                // stage names and its claim buttons (the grid measures only once).
                .setHeader(getTranslation("inbox.column.stage"))
                .setWidth("11em")
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation("category." + t.category()))
                .setHeader(getTranslation("inbox.column.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> waiting(t.createdAt()))
                .setHeader(getTranslation("inbox.column.waiting"))
                .setKey(SORT_WAITING)
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Buttons drawn in the browser: a click calls back with the row's task; it must not also open the row.
        grid.addColumn(LitRenderer.<InboxTask>of("<vaadin-button theme=\"small primary\" class=\"claim-button\" "
                                + "?hidden=${!item.claimable} @click=${e => { e.stopPropagation(); claimAndOpen(); }}>"
                                + Badges.templateText(getTranslation("task.claimAndOpen")) + "</vaadin-button>"
                                + "<vaadin-button theme=\"small tertiary\" @click=${e => { e.stopPropagation(); open(); }}>"
                                + Badges.templateText(getTranslation("task.open")) + "</vaadin-button>")
                        .withProperty("claimable", t -> t.assignee() == null && tabs.getSelectedTab() != allTab)
                        .withFunction("claimAndOpen", this::claimAndOpen)
                        .withFunction("open", this::open))
                .setHeader(getTranslation("inbox.column.actions"))
                .setKey("actions")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("12em")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        cardColumn = grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"inbox-card\">"
                                + "<div class=\"badge-row\">" + Badges.listTemplate("sla")
                                + Badges.listTemplate("stage") + "</div>"
                                + "<div class=\"inbox-card-title\">${item.title}</div>"
                                + "<div class=\"inbox-card-customer\">${item.customer}</div>"
                                + "<div class=\"inbox-card-actions\">"
                                + "<vaadin-button theme=\"primary\" class=\"claim-button\" ?hidden=${!item.claimable} "
                                + "@click=${e => { e.stopPropagation(); claimAndOpen(); }}>"
                                + Badges.templateText(getTranslation("task.claimAndOpen")) + "</vaadin-button>"
                                + "<vaadin-button @click=${e => { e.stopPropagation(); open(); }}>"
                                + Badges.templateText(getTranslation("task.open")) + "</vaadin-button></div></div>")
                        .withProperty("sla", t -> List.of(SlaBadge.look(this, t.sla(), t.dueAt(), clock.instant())))
                        .withProperty("stage", this::stageBadges)
                        .withProperty("title", InboxTask::dealTitle)
                        .withProperty("customer", InboxTask::customerName)
                        .withProperty("claimable", t -> t.assignee() == null && tabs.getSelectedTab() != allTab)
                        .withFunction("claimAndOpen", this::claimAndOpen)
                        .withFunction("open", this::open))
                .setHeader(getTranslation("inbox.column.deal"))
                .setKey("card")
                .setFlexGrow(1);
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
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"selection".equals(e.getColumn().getKey())) {
                open(e.getItem());
            }
        });
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addCellFocusListener(e -> e.getItem().ifPresent(item -> current = item));
        // j and k move the keyboard focus a row down or up from anywhere on the page but a text field (the first j
        // lands on the first row); the focused row is the one Enter opens, c claims and x ticks, as with the arrows.
        grid.getElement()
                .executeJs("const grid = this; const handler = e => {"
                        + "if (!grid.isConnected) { document.removeEventListener('keydown', handler, true); return; }"
                        + "if (e.ctrlKey || e.metaKey || e.altKey || (e.key !== 'j' && e.key !== 'k')) return;"
                        + "const t = e.composedPath()[0];"
                        + "if (t && (t.localName === 'input' || t.localName === 'textarea' || t.isContentEditable)) return;"
                        + "e.preventDefault(); e.stopPropagation();"
                        + "const active = grid.shadowRoot.activeElement; const row = active && active.closest ? active.closest('tr') : null;"
                        + "const cur = row && row.parentElement && row.parentElement.id === 'items' ? row.index : -1;"
                        + "const next = Math.max(0, Math.min(cur + (e.key === 'j' ? 1 : -1), (grid.size || 1) - 1));"
                        + "const focusRow = () => { const target = [...grid.shadowRoot.querySelectorAll('#items tr')]"
                        + ".find(r => r.index === next); if (!target) return false;"
                        + "const cell = [...target.querySelectorAll('td')].find(c => !c.hidden && c.offsetParent !== null)"
                        + " || target.querySelector('td'); cell.focus(); return true; };"
                        + "if (!focusRow()) { grid.scrollToIndex(next); requestAnimationFrame(() => setTimeout(focusRow, 50)); }"
                        + "}; document.addEventListener('keydown', handler, true);");
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (current != null) {
                                open(current);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (current != null && current.assignee() == null) {
                                claim(current);
                            }
                        },
                        Key.KEY_C)
                .listenOn(grid);
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (current != null && grid.getSelectionMode() == Grid.SelectionMode.MULTI) {
                                if (grid.getSelectedItems().stream()
                                        .anyMatch(t -> t.taskId().equals(current.taskId()))) {
                                    grid.getSelectedItems().stream()
                                            .filter(t -> t.taskId().equals(current.taskId()))
                                            .toList()
                                            .forEach(grid::deselect);
                                } else {
                                    grid.select(current);
                                }
                            }
                        },
                        Key.KEY_X)
                .listenOn(grid);
        Shortcuts.addShortcutListener(this, search::focus, Key.of("/")).listenOn(grid);
        Shortcuts.addShortcutListener(this, this::shortcutHelp, Key.of("?"), KeyModifier.SHIFT)
                .listenOn(grid);
        Shortcuts.addShortcutListener(this, this::shortcutHelp, Key.of("?")).listenOn(grid);
    }

    /** What another feature remarks on the task (the batch, late, short); none is sent as nothing at all. */
    private List<Badges.Look> remarks(InboxTask task) {
        List<Badges.Look> looks = new java.util.ArrayList<>();
        if (task.assignee() != null && !task.assignee().equals(currentUser.username())) {
            // A substitute's inbox (or a supervisor's "all" tab) says whose work it is.
            looks.add(Badges.Look.of(getTranslation("inbox.holder", task.assigneeName()), "holder"));
        }
        if (task.followUpAt() != null && task.followUpAt().isAfter(clock.instant())) {
            looks.add(Badges.Look.of(getTranslation("inbox.followUpOn", Formats.date(task.followUpAt())), "remark"));
        }
        task.remarks()
                .forEach(remark -> looks.add(Badges.Look.of(
                        getTranslation(remark.messageKey(), remark.params()), remark.alert() ? "overdue" : "remark")));
        return looks.isEmpty() ? null : looks;
    }

    /** The stage, after an escalation mark where the task is a supervisor's escalation. */
    private List<Badges.Look> stageBadges(InboxTask task) {
        List<Badges.Look> badges = new java.util.ArrayList<>(2);
        if (task.isEscalation()) {
            badges.add(Badges.Look.of(getTranslation("inbox.escalation"), "overdue"));
        }
        if (task.stage() != null) {
            badges.add(Badges.Look.of(
                    getTranslation("stage." + task.stage()),
                    "stage",
                    "party-" + task.stage().party().name().toLowerCase()));
        }
        return badges;
    }

    private String waiting(Instant since) {
        return Formats.dateTime(since) + "（" + Formats.ago(this, since, clock.instant()) + "）";
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

    private void open(InboxTask task) {
        getUI().ifPresent(ui ->
                ui.navigate(TaskView.class, new com.vaadin.flow.router.RouteParameters("taskId", task.taskId())));
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
