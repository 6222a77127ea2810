package jp.tsunagu.delivery.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.BatchState;
import jp.tsunagu.delivery.DeliveryPlanService;
import jp.tsunagu.delivery.DeliveryService;
import jp.tsunagu.delivery.PlanDetails;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.CurrentUser;

/**
 * Delivery and QA on the deal page: the plan (price, quality standard, batches or the monthly cycle, the checks
 * before delivery) and every batch with its state, what is wrong with it (late, short, reworked), its inspections
 * and the amount it earned.
 */
@org.springframework.stereotype.Component
class DeliverySection implements DealPageSection {

    private final DeliveryService deliveries;
    private final DeliveryPlanService plans;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeliverySection(DeliveryService deliveries, DeliveryPlanService plans, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.deliveries = deliveries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return stage == DealStage.TRIAL_REVIEW;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.setId("delivery");
        section.addClassName("delivery-section");
        section.setWidthFull();
        PlanDetails plan = plans.plan(deal.id());
        List<BatchRow> batches = deliveries.batches(deal.id());
        boolean reached = deal.stage().withFacilities() || plan.exists() || !batches.isEmpty();
        if (!reached) {
            section.setVisible(false);
            return section;
        }
        boolean editor = deal.status() == DealStatus.OPEN
                && deal.stage().withFacilities()
                && (currentUser.hasRole(AppRoles.DIRECTOR) || currentUser.hasRole(AppRoles.INTERMEDIARY));
        section.add(new H3(section.getTranslation("delivery.section")));
        section.add(planPart(section, deal, plan, batches, editor));
        section.add(batchesPart(section, batches));
        return section;
    }

    private Component planPart(
            Div section, DealDetails deal, PlanDetails plan, List<BatchRow> batches, boolean editor) {
        Div part = new Div();
        part.add(new H4(section.getTranslation("delivery.plan")));
        if (!plan.exists()) {
            Paragraph none = new Paragraph(section.getTranslation("delivery.plan.none"));
            none.addClassName("missing");
            none.setId("plan-missing");
            part.add(none);
        } else {
            Facts facts = new Facts();
            facts.setId("plan-facts");
            facts.fact(
                    "delivery.unitPrice",
                    Formats.yenPrice(plan.unitPrice()) + " "
                            + section.getTranslation("req.basis." + plan.pricingBasis()));
            facts.fact(
                    "delivery.standard",
                    "≤ " + plan.acceptedErrorRate().stripTrailingZeros().toPlainString() + "%");
            if (plan.recurring()) {
                facts.fact(
                        "delivery.cycle",
                        section.getTranslation(
                                "delivery.cycle.value",
                                Formats.date(plan.firstMonth()).substring(0, 7),
                                plan.dueDay(),
                                Formats.date(plan.contractEnd())));
                String shares = plan.facilities().stream()
                        .filter(f -> f.monthlyQuantity() != null)
                        .map(f -> f.name() + " " + Formats.number(BigDecimal.valueOf(f.monthlyQuantity())))
                        .reduce((a, b) -> a + "、" + b)
                        .orElse("—");
                facts.fact("delivery.monthly", shares);
                facts.fact("delivery.cyclesOpened", String.valueOf(plan.cyclesOpened()));
            } else {
                facts.fact("delivery.kind", section.getTranslation("delivery.oneOff"));
            }
            facts.fact("delivery.updated", plan.updatedBy() + "・" + Formats.dateTime(plan.updatedAt()));
            part.add(facts);
            if (!plan.checks().isEmpty()) {
                part.add(new Span(section.getTranslation("delivery.checks")));
                UnorderedList list = new UnorderedList();
                list.setId("plan-checks");
                plan.checks().forEach(c -> list.add(new ListItem(c)));
                part.add(list);
            }
        }
        if (editor) {
            Button edit = new Button(
                    section.getTranslation(plan.exists() ? "delivery.plan.edit" : "delivery.plan.create"),
                    e -> new PlanEditor(plans, deal, plan, batches, clock, () -> UI.getCurrent()
                                    .refreshCurrentRoute(false))
                            .open());
            edit.setId("edit-plan");
            part.add(edit);
        }
        return part;
    }

    private Component batchesPart(Div section, List<BatchRow> batches) {
        Div part = new Div();
        part.add(new H4(section.getTranslation("delivery.batches", batches.size())));
        Grid<BatchRow> grid = batchGrid(section, true);
        grid.setItems(batches);
        part.add(grid);
        return part;
    }

    /** The batch grid, also used by the monitor's list of late and short deliveries (with the deal's title). */
    static Grid<BatchRow> batchGrid(Component owner, boolean ofOneDeal) {
        Grid<BatchRow> grid = new Grid<>();
        grid.setId(ofOneDeal ? "batches" : "delivery-issues");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        if (ofOneDeal) {
            grid.addColumn(BatchRow::cycle)
                    .setHeader(owner.getTranslation("batch.cycle"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        } else {
            grid.addComponentColumn(b -> new Anchor("deals/" + b.dealId(), b.dealTitle()))
                    .setHeader(owner.getTranslation("inbox.column.deal"))
                    .setFlexGrow(2);
        }
        grid.addColumn(BatchRow::facilityName)
                .setHeader(owner.getTranslation("trial.facility"))
                .setFlexGrow(2)
                .setKey("facility");
        grid.addColumn(b -> Formats.date(b.dueOn()))
                .setHeader(owner.getTranslation("batch.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> Formats.number(BigDecimal.valueOf(b.plannedQuantity())))
                .setHeader(owner.getTranslation("batch.planned"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(b ->
                        b.deliveredQuantity() == null ? "—" : Formats.number(BigDecimal.valueOf(b.deliveredQuantity())))
                .setHeader(owner.getTranslation("batch.delivered"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(b -> stateCell(owner, b))
                .setHeader(owner.getTranslation("batch.state"))
                .setKey("state")
                .setFlexGrow(2);
        grid.addColumn(b -> inspectionsText(owner, b))
                .setHeader(owner.getTranslation("batch.inspections"))
                .setKey("inspections")
                .setFlexGrow(2);
        grid.addColumn(b -> b.acceptedAmount() == null ? "—" : Formats.yen(b.acceptedAmount()))
                .setHeader(owner.getTranslation("batch.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.setEmptyStateText(owner.getTranslation(ofOneDeal ? "delivery.batches.none" : "delivery.issues.none"));
        return grid;
    }

    private static Component stateCell(Component owner, BatchRow b) {
        Div cell = new Div();
        cell.addClassName("deal-cell");
        String kind =
                switch (b.state()) {
                    case ACCEPTED -> "ok";
                    case REWORK -> "ng";
                    default -> "remark";
                };
        cell.add(Badges.of(owner.getTranslation("batch.state." + b.state()), kind));
        if (b.late()) {
            cell.add(Badges.of(owner.getTranslation("batch.late"), "overdue"));
        }
        if (b.shortBy() > 0) {
            cell.add(Badges.of(owner.getTranslation("batch.short", b.shortBy()), "overdue"));
        }
        if (b.reworkCount() > 0 && b.state() != BatchState.REWORK) {
            cell.add(Badges.of(owner.getTranslation("batch.reworked", b.reworkCount()), "due-soon"));
        }
        if (b.taskId() != null && b.state() != BatchState.ACCEPTED && b.state() != BatchState.PLANNED) {
            cell.add(new Anchor("tasks/" + b.taskId(), owner.getTranslation("batch.openTask")));
        }
        return cell;
    }

    private static String inspectionsText(Component owner, BatchRow b) {
        return b.inspections().stream()
                .map(i -> owner.getTranslation(
                        i.passed() ? "batch.inspection.passed" : "batch.inspection.failed",
                        i.round(),
                        i.rate().toPlainString(),
                        i.errors(),
                        i.piecesChecked()))
                .reduce((x, y) -> x + " → " + y)
                .orElse("—");
    }
}
