package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import jp.tsunagu.sla.HolidayService;
import jp.tsunagu.sla.MonitorPanel;
import jp.tsunagu.sla.PauseCharges;
import jp.tsunagu.sla.SlaHistory;
import jp.tsunagu.sla.SlaHistory.LeadTime;
import jp.tsunagu.sla.SlaMonitor;
import jp.tsunagu.sla.SlaMonitor.OpenCounts;

/**
 * Where supervisors see where the time goes: open hand-offs at risk and over their SLA, and lead times
 * per hand-off and kind of work in a period, with the report's reference figures beside them.
 */
@Route("sla")
@Menu(order = 30, icon = "vaadin:clock", title = "nav.sla")
@RolesAllowed(AppRoles.SUPERVISOR)
class SlaMonitorView extends VerticalLayout implements HasDynamicTitle {

    private final SlaMonitor monitor;
    private final SlaHistory history;
    final DatePicker from;
    final DatePicker to;
    final Div cards = new Div();
    final Span asOf = new Span();
    final Span weeks = new Span();
    final TrendChart trend;
    final LeadTimePanel leadTimes;
    final OpenClocksPanel open;
    final PauseChargesPanel charges;

    SlaMonitorView(
            SlaMonitor monitor,
            SlaHistory history,
            UserDirectory users,
            Clock clock,
            List<MonitorPanel> panels,
            HolidayService holidays,
            PauseCharges charges) {
        this.charges = new PauseChargesPanel(charges);
        this.monitor = monitor;
        this.history = history;
        addClassName("sla-monitor");
        // The supervisor hears it first when the business days will soon be counted without the official list.
        holidays.runningOut().ifPresent(until -> {
            Paragraph warning = new Paragraph(getTranslation("sla.holidays.runningOut", Formats.date(until)));
            warning.setId("holiday-list-warning");
            warning.addClassName("warning-text");
            add(warning);
        });
        LocalDate today = LocalDate.now(clock);
        from = DatePickers.create(getTranslation("sla.monitor.from"), getLocale());
        to = DatePickers.create(getTranslation("sla.monitor.to"), getLocale());
        from.setValue(FiscalYears.startOf(today));
        to.setValue(today);
        Button refresh = new Button(getTranslation("sla.monitor.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("sla-refresh");
        HorizontalLayout period = new HorizontalLayout(from, to, refresh);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        cards.addClassName("cards");
        cards.setId("sla-cards");
        trend = new TrendChart();
        trend.setTitle(getTranslation("sla.monitor.trend"));
        leadTimes = new LeadTimePanel(history);
        open = new OpenClocksPanel(monitor, users);
        asOf.addClassName("card-ref");
        weeks.addClassName("card-ref");
        add(
                period,
                cards,
                asOf,
                new H2(getTranslation("sla.monitor.trend")),
                weeks,
                trend,
                new H2(getTranslation("sla.monitor.open")),
                open,
                new LongPausesPanel(monitor, users),
                this.charges,
                new H2(getTranslation("sla.monitor.leadTimes")),
                leadTimes);
        panels.stream().sorted(Comparator.comparingInt(MonitorPanel::order)).forEach(p -> add(p.create()));
        refresh();
    }

    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("sla.monitor.period.invalid"));
            return;
        }
        to.setInvalid(false);
        List<LeadTime> stats = history.leadTimes(start, end);
        asOf.setText(getTranslation(
                "sla.monitor.asOf", Formats.dateTime(monitor.openCountsAsOf()).substring(11)));
        weeks.setText(getTranslation(
                "sla.monitor.weeks",
                Formats.date(SlaHistory.monday(start)),
                Formats.date(SlaHistory.monday(end).plusDays(6))));
        showCards(monitor.openCounts(), stats);
        trend.show(history.weekly(start, end), getLocale());
        leadTimes.show(stats, start, end);
        charges.show(start, end);
        open.refresh();
    }

    private void showCards(OpenCounts counts, List<LeadTime> stats) {
        cards.removeAll();
        cards.add(card("sla.card.running", String.valueOf(counts.running()), null, "card-running"));
        cards.add(card("sla.card.atRisk", String.valueOf(counts.atRisk()), null, "card-risk"));
        cards.add(card("sla.card.breached", String.valueOf(counts.breached()), null, "card-breached"));
        cards.add(card("sla.card.paused", String.valueOf(counts.paused()), null, "card-paused"));
        cards.add(assignmentCard(stats, true));
        cards.add(assignmentCard(stats, false));
    }

    private Div assignmentCard(List<LeadTime> stats, boolean pc) {
        List<LeadTime> rows = stats.stream()
                .filter(l -> l.stage() == DealStage.ASSIGNMENT)
                .filter(l -> pc == (l.category() == WorkCategory.PC))
                .toList();
        long n = rows.stream().mapToLong(LeadTime::count).sum();
        String value = n == 0
                ? "—"
                : getTranslation("sla.card.medianP90", fmt(weighted(rows, true)), fmt(weighted(rows, false)));
        Div card = card(
                pc ? "sla.card.assignmentPc" : "sla.card.assignmentOther",
                value,
                getTranslation(pc ? "sla.card.refPc" : "sla.card.refOther", n),
                "card-assignment");
        card.setId(pc ? "card-assignment-pc" : "card-assignment-other");
        return card;
    }

    /** Light and off-site work are shown together, as the report does: count-weighted. */
    private static double weighted(List<LeadTime> rows, boolean median) {
        long n = rows.stream().mapToLong(LeadTime::count).sum();
        return rows.stream()
                        .mapToDouble(l -> (median ? l.median() : l.p90()) * l.count())
                        .sum()
                / n;
    }

    private Div card(String labelKey, String value, String reference, String kind) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Span number = new Span(value);
        number.addClassName("card-value");
        Div card = new Div(label, number);
        if (reference != null) {
            Span ref = new Span(reference);
            ref.addClassName("card-ref");
            card.add(ref);
        }
        card.addClassNames("card", kind);
        return card;
    }

    static String fmt(double days) {
        return String.format(Locale.ROOT, "%.1f", days);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sla");
    }
}
