package jp.tsunagu.trial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Facts;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.trial.BriefingRow;
import jp.tsunagu.trial.BriefingService;
import jp.tsunagu.trial.TrialRecord;
import jp.tsunagu.trial.TrialService;

/**
 * Briefings and the trial on the deal page and on the trial's tasks: the briefings held and planned, the trial's
 * sample, each assigned facility's result with its pace, error rate against the standard and hourly sales at
 * the unit price, and the director's evaluation.
 */
@org.springframework.stereotype.Component
class TrialSection implements DealPageSection {

    private final TrialService trials;
    private final BriefingService briefingService;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrialSection(TrialService trials, BriefingService briefingService, CurrentUser currentUser, Clock clock) {
        this.trials = trials;
        this.briefingService = briefingService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return stage == DealStage.TRIAL || stage == DealStage.TRIAL_REVIEW;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.setId("trial");
        section.addClassName("trial-section");
        section.setWidthFull();
        List<BriefingRow> briefings = briefingService.briefings(deal.id());
        TrialRecord trial = trials.of(deal.id());
        boolean reached = deal.stage().withFacilities() || deal.status() == DealStatus.COMPLETED || trial.planned();
        if (!reached && briefings.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        boolean editor = deal.status() == DealStatus.OPEN
                && (currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.INTERMEDIARY));
        section.add(new H3(section.getTranslation("trial.section")));
        section.add(new BriefingsPanel(briefingService, clock, deal, briefings, trial.results(), editor));
        section.add(trialPart(section, deal, trial, editor && deal.stage() == DealStage.TRIAL));
        return section;
    }

    // ---- the trial ----

    private Component trialPart(Div section, DealDetails deal, TrialRecord trial, boolean editable) {
        VerticalLayout part = new VerticalLayout();
        part.setPadding(false);
        part.setSpacing(false);
        part.add(new H4(
                trial.planned()
                        ? section.getTranslation("trial.round", trial.round())
                        : section.getTranslation("trial.title")));
        if (!trial.planned()) {
            part.add(new Paragraph(section.getTranslation("trial.notPlanned")));
        } else {
            Facts facts = new Facts();
            facts.setId("trial-facts");
            facts.fact("trial.sample", Formats.number(BigDecimal.valueOf(trial.sampleQuantity())));
            facts.fact("trial.due", trial.dueOn() == null ? "—" : Formats.date(trial.dueOn()));
            facts.fact(
                    "trial.standard",
                    trial.acceptedErrorRate() == null
                            ? section.getTranslation("trial.standard.unknown")
                            : "≤ "
                                    + trial.acceptedErrorRate()
                                            .stripTrailingZeros()
                                            .toPlainString() + "%");
            facts.fact("trial.unitPrice", trial.unitPrice() == null ? "—" : Formats.yenPrice(trial.unitPrice()));
            if (trial.instructions() != null) {
                facts.fact("trial.instructions", trial.instructions());
            }
            if (trial.evaluation() != null) {
                String kind = trial.evaluation() == Outcome.PASSED ? "ok" : "ng";
                Span badge = Badges.of(section.getTranslation("trial.evaluation." + trial.evaluation()), kind);
                badge.setId("trial-evaluation");
                facts.fact(
                        "trial.evaluation",
                        new Span(
                                badge,
                                new Span(" " + trial.evaluatedBy() + "・" + Formats.dateTime(trial.evaluatedAt()))));
            }
            part.add(facts);
            if (trial.missing() > 0 && deal.stage() == DealStage.TRIAL) {
                Paragraph missing = new Paragraph(section.getTranslation("trial.results.missing", trial.missing()));
                missing.addClassName("missing");
                missing.setId("trial-missing");
                part.add(missing);
            }
        }
        part.add(resultsGrid(section, deal, trial, editable));
        if (editable) {
            Button plan = new Button(
                    section.getTranslation(trial.planned() && trial.evaluation() == null ? "trial.edit" : "trial.plan"),
                    e -> TrialDialogs.plan(trials, clock, deal, trial));
            plan.setId("plan-trial");
            part.add(plan);
        }
        return part;
    }

    private Grid<TrialRecord.Result> resultsGrid(Div section, DealDetails deal, TrialRecord trial, boolean editable) {
        Grid<TrialRecord.Result> grid = new Grid<>();
        grid.setId("trial-results");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TrialRecord.Result::facilityName)
                .setHeader(section.getTranslation("trial.facility"))
                .setFlexGrow(2)
                .setKey("facility")
                .setWidth("12em");
        grid.addColumn(r -> r.recorded() ? Formats.number(BigDecimal.valueOf(r.piecesDone())) : "—")
                .setHeader(section.getTranslation("trial.pieces"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? section.getTranslation("trial.minutesValue", r.minutesTaken()) : "—")
                .setHeader(section.getTranslation("trial.minutes"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? String.valueOf(r.workers()) : "—")
                .setHeader(section.getTranslation("trial.workers"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? String.valueOf(r.errors()) : "—")
                .setHeader(section.getTranslation("trial.errors"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(r -> {
                    if (!r.recorded() || r.errorRate() == null) {
                        return new Span("—");
                    }
                    String text = r.errorRate().toPlainString() + "%";
                    return r.withinStandard() == null
                            ? new Span(text)
                            : Badges.of(text, r.withinStandard() ? "ok" : "ng");
                })
                .setHeader(section.getTranslation("trial.errorRate"))
                .setKey("rate")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.recorded() ? Formats.number(r.piecesPerWorkerHour()) : "—")
                .setHeader(section.getTranslation("trial.pace"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.hourlySales() == null
                        ? "—"
                        : Formats.yen(r.hourlySales().longValue()) + "/h")
                .setHeader(section.getTranslation("trial.hourlySales"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("sales");
        if (editable && trial.planned() && trial.evaluation() == null) {
            grid.addComponentColumn(r -> {
                        Button record = new Button(
                                section.getTranslation(r.recorded() ? "trial.result.edit" : "trial.result.add"),
                                e -> TrialDialogs.result(trials, deal, trial, r));
                        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        record.setId("record-result-" + r.facilityId());
                        return record;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("record");
        }
        grid.setItems(trial.results());
        grid.setEmptyStateText(section.getTranslation("trial.noFacilities"));
        return grid;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void refresh() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
