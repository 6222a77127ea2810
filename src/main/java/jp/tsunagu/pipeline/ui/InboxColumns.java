package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.pipeline.InboxTask;

/** The inbox's columns: SLA, deal with remarks, customer, stage, kind, waiting, actions; and the phone's card. */
final class InboxColumns {

    private final TaskInboxView v;

    private InboxColumns(TaskInboxView v) {
        this.v = v;
    }

    /** Adds the columns (the desk's seven, and the phone's one card); returns the due column and the card. */
    /** The desk's due column (sorted by default) and the phone's card column. */
    record Added(Grid.Column<InboxTask> due, Grid.Column<InboxTask> card) {}

    static Added addTo(TaskInboxView v) {
        InboxColumns c = new InboxColumns(v);
        Grid.Column<InboxTask> due = v.grid.addColumn(
                        Badges.column(t -> SlaBadge.look(v, t.sla(), t.dueAt(), v.clock.instant())))
                .setHeader(v.getTranslation("inbox.column.sla"))
                .setKey(TaskInboxView.SORT_DUE)
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        v.grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"deal-cell\"><span>${item.title}</span>"
                                + Badges.listTemplate("remarks") + "</div>")
                        .withProperty("title", InboxTask::dealTitle)
                        .withProperty("remarks", c::remarks))
                .setHeader(v.getTranslation("inbox.column.deal"))
                .setKey("deal")
                .setWidth("10em")
                .setFlexGrow(3);
        v.grid.addColumn(InboxTask::customerName)
                .setHeader(v.getTranslation("inbox.column.customer"))
                .setWidth("6em")
                .setFlexGrow(2);
        v.grid.addColumn(
                        LitRenderer.<InboxTask>of("<div class=\"badge-row\">" + Badges.listTemplate("stage") + "</div>")
                                .withProperty("stage", c::stageBadges))
                // Fixed widths: a width measured on the first tab's rows would cut off the other tab's longer
                // stage names and its claim buttons (the v.grid measures only once).
                .setHeader(v.getTranslation("inbox.column.stage"))
                .setWidth("11em")
                .setFlexGrow(0);
        v.grid.addColumn(t -> v.getTranslation("category." + t.category()))
                .setHeader(v.getTranslation("inbox.column.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        v.grid.addColumn(t -> c.waiting(t.createdAt()))
                .setHeader(v.getTranslation("inbox.column.waiting"))
                .setKey(TaskInboxView.SORT_WAITING)
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Buttons drawn in the browser: a click calls back with the row's task; it must not also open the row.
        v.grid.addColumn(LitRenderer.<InboxTask>of("<vaadin-button theme=\"small primary\" class=\"claim-button\" "
                                + "?hidden=${!item.claimable} @click=${e => { e.stopPropagation(); claimAndOpen(); }}>"
                                + Badges.templateText(v.getTranslation("task.claimAndOpen")) + "</vaadin-button>"
                                + "<vaadin-button theme=\"small tertiary\" @click=${e => { e.stopPropagation(); open(); }}>"
                                + Badges.templateText(v.getTranslation("task.open")) + "</vaadin-button>")
                        .withProperty("claimable", t -> t.assignee() == null && v.tabs.getSelectedTab() != v.allTab)
                        .withFunction("claimAndOpen", v::claimAndOpen)
                        .withFunction("open", v::open))
                .setHeader(v.getTranslation("inbox.column.actions"))
                .setKey("actions")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("12em")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        Grid.Column<InboxTask> card = v.grid.addColumn(LitRenderer.<InboxTask>of("<div class=\"inbox-card\">"
                                + "<div class=\"badge-row\">" + Badges.listTemplate("sla")
                                + Badges.listTemplate("stage") + "</div>"
                                + "<div class=\"inbox-card-title\">${item.title}</div>"
                                + "<div class=\"inbox-card-customer\">${item.customer}</div>"
                                + "<div class=\"inbox-card-actions\">"
                                + "<vaadin-button theme=\"primary\" class=\"claim-button\" ?hidden=${!item.claimable} "
                                + "@click=${e => { e.stopPropagation(); claimAndOpen(); }}>"
                                + Badges.templateText(v.getTranslation("task.claimAndOpen")) + "</vaadin-button>"
                                + "<vaadin-button @click=${e => { e.stopPropagation(); open(); }}>"
                                + Badges.templateText(v.getTranslation("task.open")) + "</vaadin-button></div></div>")
                        .withProperty("sla", t -> List.of(SlaBadge.look(v, t.sla(), t.dueAt(), v.clock.instant())))
                        .withProperty("stage", c::stageBadges)
                        .withProperty("title", InboxTask::dealTitle)
                        .withProperty("customer", InboxTask::customerName)
                        .withProperty("claimable", t -> t.assignee() == null && v.tabs.getSelectedTab() != v.allTab)
                        .withFunction("claimAndOpen", v::claimAndOpen)
                        .withFunction("open", v::open))
                .setHeader(v.getTranslation("inbox.column.deal"))
                .setKey("card")
                .setFlexGrow(1);
        card.setVisible(false);
        return new Added(due, card);
    }

    /** What another feature remarks on the task (the batch, late, short); none is sent as nothing at all. */
    List<Badges.Look> remarks(InboxTask task) {
        List<Badges.Look> looks = new ArrayList<>();
        if (task.assignee() != null && !task.assignee().equals(v.currentUser.username())) {
            // A substitute's v.inbox (or a supervisor's "all" tab) says whose work it is.
            looks.add(Badges.Look.of(v.getTranslation("inbox.holder", task.assigneeName()), "holder"));
        }
        if (task.followUpAt() != null && task.followUpAt().isAfter(v.clock.instant())) {
            looks.add(Badges.Look.of(v.getTranslation("inbox.followUpOn", Formats.date(task.followUpAt())), "remark"));
        }
        task.remarks()
                .forEach(remark -> looks.add(Badges.Look.of(
                        v.getTranslation(remark.messageKey(), remark.params()),
                        remark.alert() ? "overdue" : "remark")));
        return looks.isEmpty() ? null : looks;
    }

    /** The stage, after an escalation mark where the task is a supervisor's escalation. */
    List<Badges.Look> stageBadges(InboxTask task) {
        List<Badges.Look> badges = new ArrayList<>(2);
        if (task.isEscalation()) {
            badges.add(Badges.Look.of(v.getTranslation("inbox.escalation"), "overdue"));
        }
        if (task.stage() != null) {
            badges.add(Badges.Look.of(
                    v.getTranslation("stage." + task.stage()),
                    "stage",
                    "party-" + task.stage().party().name().toLowerCase()));
        }
        return badges;
    }

    String waiting(Instant since) {
        return Formats.dateTime(since) + "（" + Formats.ago(v, since, v.clock.instant()) + "）";
    }
}
