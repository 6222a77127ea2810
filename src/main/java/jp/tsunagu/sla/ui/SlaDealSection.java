package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.AgreementKind;
import jp.tsunagu.sla.PauseReasons;
import jp.tsunagu.sla.SlaClocks;
import jp.tsunagu.sla.SlaClocks.ClockView;
import jp.tsunagu.sla.SlaPauses;

/**
 * The deal's SLA clocks on its page: each hand-off's target, business time used and pauses, and the
 * switch that stops the clock while the deal waits for the customer.
 */
@org.springframework.stereotype.Component
class SlaDealSection implements DealPageSection {

    private final SlaClocks clocks;
    private final SlaPauses pauses;
    private final PauseReasons reasons;
    private final UserDirectory users;
    private final CurrentUser currentUser;

    SlaDealSection(
            SlaClocks clocks, SlaPauses pauses, PauseReasons reasons, CurrentUser currentUser, UserDirectory users) {
        this.users = users;
        this.reasons = reasons;
        this.clocks = clocks;
        this.pauses = pauses;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("sla-section");
        section.setId("sla-section");
        section.add(new H3(section.getTranslation("sla.section.title")));
        List<ClockView> all = clocks.clocksOf(deal.id());
        if (all.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("sla.section.none")));
            return section;
        }
        boolean canAct = !currentUser.hasRole(AppRoles.FACILITY) && pauses.canPause(deal.id());
        boolean running = all.stream().anyMatch(c -> c.stoppedAt() == null && c.state() != SlaState.PAUSED);
        boolean paused = all.stream().anyMatch(c -> c.state() == SlaState.PAUSED);
        if (canAct && (running || paused)) {
            section.add(actions(section, deal, running, paused));
        }
        section.add(table(section, all));
        section.add(ClockTimeline.of(all, users::displayName, section));
        return section;
    }

    private HorizontalLayout actions(Div t, DealDetails deal, boolean running, boolean paused) {
        HorizontalLayout row = new HorizontalLayout();
        if (running) {
            Button pause = new Button(t.getTranslation("sla.pause"), e -> askReason(t, deal));
            pause.setId("sla-pause");
            row.add(pause);
        }
        if (paused) {
            Button resume = new Button(t.getTranslation("sla.resume"), e -> {
                pauses.resume(deal.id());
                Notifications.success(t.getTranslation("sla.resumed"));
                t.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            });
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.setId("sla-resume");
            row.add(resume);
        }
        return row;
    }

    private void askReason(Div t, DealDetails deal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t.getTranslation("sla.pause"));
        RadioButtonGroup<PauseReasons.Reason> why = new RadioButtonGroup<>(t.getTranslation("sla.pause.why"));
        why.setItems(reasons.active());
        why.setItemLabelGenerator(r -> r.label(UI.getCurrent().getLocale())
                + t.getTranslation("sla.pause.chargedTo", t.getTranslation("sla.charged." + r.chargedTo())));
        why.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        why.setRequiredIndicatorVisible(true);
        why.setId("sla-pause-why");
        TextField reason = new TextField(t.getTranslation("sla.pause.note"));
        reason.setPlaceholder(t.getTranslation("sla.pause.reason.placeholder"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("sla-pause-reason");
        Button ok = new Button(t.getTranslation("sla.pause.confirm"), e -> {
            if (!Refusals.attempt(
                    Map.of("reasonCode", why, "reason", reason),
                    t,
                    () -> pauses.pause(
                            deal.id(),
                            why.getValue() == null ? null : why.getValue().code(),
                            reason.getValue()))) {
                return;
            }
            dialog.close();
            Notifications.success(t.getTranslation("sla.paused"));
            t.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("sla-pause-confirm");
        Button cancel = new Button(t.getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(t.getTranslation("sla.pause.explain")), why, reason);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private Component table(Div t, List<ClockView> all) {
        Div wrapper = new Div();
        NativeTable table = new NativeTable();
        table.addClassName("clock-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {
            "sla.col.stage",
            "sla.col.kind",
            "sla.col.state",
            "sla.col.started",
            "sla.col.due",
            "sla.col.used",
            "sla.col.paused"
        }) {
            head.add(new NativeTableHeaderCell(t.getTranslation(key)));
        }
        table.add(head);
        for (ClockView c : all) {
            NativeTableRow row = new NativeTableRow();
            row.add(cell(new Span(t.getTranslation("stage." + c.stage()))));
            row.add(cell(new Span(t.getTranslation("sla.kind." + AgreementKind.of(c.stage())))));
            row.add(cell(Badges.of(t.getTranslation("sla.state." + c.state()), stateKind(c.state()))));
            row.add(cell(new Span(Formats.dateTime(c.startedAt()))));
            row.add(cell(new Span(
                    c.state() == SlaState.PAUSED
                            ? t.getTranslation("sla.badge.paused")
                            : c.stoppedAt() != null
                                    ? t.getTranslation("sla.stoppedAt", Formats.dateTime(c.stoppedAt()))
                                    : Formats.dateTime(c.dueAt()))));
            row.add(cell(new Span(t.getTranslation(
                    "sla.usedOf",
                    days(c.usedMinutes(), c.minutesPerDay()),
                    days(c.targetMinutes(), c.minutesPerDay())))));
            Div pausedCell = new Div(new Span(
                    c.pausedMinutes() == 0
                            ? "—"
                            : t.getTranslation("sla.days", days(c.pausedMinutes(), c.minutesPerDay()))));
            c.pauses()
                    .forEach(p -> pausedCell.add(new Div(new Span(t.getTranslation(
                            "sla.pauseNote",
                            Formats.dateTime(p.pausedAt()),
                            p.resumedAt() == null ? "…" : Formats.dateTime(p.resumedAt()),
                            p.reason())))));
            pausedCell.getChildren().skip(1).forEach(ch -> ch.getElement()
                    .getClassList()
                    .add("pause-note"));
            row.add(cell(pausedCell));
            table.add(row);
        }
        wrapper.add(table);
        return wrapper;
    }

    private static NativeTableCell cell(Component content) {
        return new NativeTableCell(content);
    }

    static String stateKind(SlaState state) {
        return switch (state) {
            case RUNNING -> "sla-ok";
            case AT_RISK -> "sla-risk";
            case BREACHED, MISSED -> "overdue";
            case PAUSED -> "sla-paused";
            case MET -> "status-completed";
            case CANCELLED -> "status-lost";
        };
    }

    static double days(long minutes, int perDay) {
        return Math.round(minutes * 10.0 / perDay) / 10.0;
    }
}
