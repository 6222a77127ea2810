package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.base.UserFacingException;

/**
 * The rules a delivery plan must meet before it is saved: a price and standard, batches or a monthly cycle for
 * assigned facilities only and never more than each was assigned, no batch due in the past, a contract that ends
 * after it starts, and no change of kind once deliveries began. Pure: no database, no clock.
 */
final class PlanRules {

    private PlanRules() {}

    static void check(
            PlanForm f, boolean started, DeliveryPlan plan, List<AssignedShares.Share> assigned, LocalDate today) {
        if (f.unitPrice() == null
                || f.unitPrice().signum() <= 0
                || f.unitPrice().compareTo(DeliveryService.PRICE_MAX) > 0
                || f.unitPrice().scale() > 2) {
            throw UserFacingException.onField("unitPrice", "delivery.price.range");
        }
        if (f.pricingBasis() == null) {
            throw UserFacingException.onField("basis", "delivery.basis.required");
        }
        if (f.acceptedErrorRate() == null
                || f.acceptedErrorRate().signum() < 0
                || f.acceptedErrorRate().compareTo(BigDecimal.valueOf(100)) > 0
                || f.acceptedErrorRate().scale() > 2) {
            throw UserFacingException.onField("errorRate", "delivery.errorRate.range");
        }
        if (started && plan.isRecurring() != f.recurring()) {
            throw UserFacingException.onField("recurring", "delivery.plan.started");
        }
        Map<Long, AssignedShares.Share> byId =
                assigned.stream().collect(Collectors.toMap(AssignedShares.Share::facilityId, a -> a));
        if (f.recurring()) {
            if (f.firstMonth() == null || f.contractEnd() == null || f.dueDay() == null) {
                String missing =
                        f.firstMonth() == null ? "firstMonth" : f.contractEnd() == null ? "contractEnd" : "dueDay";
                throw UserFacingException.onField(missing, "delivery.cycle.required");
            }
            if (f.dueDay() < 1 || f.dueDay() > 31) {
                throw UserFacingException.onField("dueDay", "delivery.dueDay.range");
            }
            LocalDate first = started ? plan.getFirstMonth() : f.firstMonth().withDayOfMonth(1);
            if (f.contractEnd().isBefore(first)) {
                throw UserFacingException.onField("contractEnd", "delivery.contract.order");
            }
            if (f.contractEnd().isAfter(first.plusMonths(DeliveryService.CONTRACT_MONTHS_MAX))) {
                throw UserFacingException.onField(
                        "contractEnd", "delivery.contract.long", DeliveryService.CONTRACT_MONTHS_MAX);
            }
            if (f.lines() == null || f.lines().stream().noneMatch(l -> l.monthlyQuantity() != null)) {
                throw UserFacingException.onField("monthly", "delivery.lines.required");
            }
            Set<Long> seen = new HashSet<>();
            for (PlanForm.Line l : f.lines()) {
                String field = "monthly." + l.facilityId();
                AssignedShares.Share a = byId.get(l.facilityId());
                if (a == null) {
                    throw UserFacingException.onField(field, "delivery.facility.notAssigned");
                }
                if (!seen.add(l.facilityId())) {
                    throw UserFacingException.onField(field, "assignment.facility.twice");
                }
                if (l.monthlyQuantity() == null || l.monthlyQuantity() <= 0) {
                    throw UserFacingException.onField(field, "delivery.quantity.positive");
                }
                if (l.monthlyQuantity() > a.quantity()) {
                    throw UserFacingException.onField(
                            field, "delivery.quantity.overAssigned", a.name(), l.monthlyQuantity(), a.quantity());
                }
            }
        } else if (!started) {
            if (f.batches() == null || f.batches().isEmpty()) {
                throw new UserFacingException("delivery.batches.required");
            }
            Map<Long, Integer> perFacility = new HashMap<>();
            for (int i = 0; i < f.batches().size(); i++) {
                PlanForm.Batch b = f.batches().get(i);
                String line = "batches[" + i + "].";
                AssignedShares.Share a = byId.get(b.facilityId());
                if (a == null) {
                    throw UserFacingException.onField(line + "facility", "delivery.facility.notAssigned");
                }
                if (b.dueOn() == null) {
                    throw UserFacingException.onField(line + "dueOn", "delivery.due.required");
                }
                if (b.dueOn().isBefore(today)) {
                    throw UserFacingException.onField(line + "dueOn", "delivery.due.past");
                }
                if (b.quantity() == null || b.quantity() <= 0 || b.quantity() > DeliveryService.QUANTITY_MAX) {
                    throw UserFacingException.onField(line + "quantity", "delivery.quantity.positive");
                }
                int sum = perFacility.merge(b.facilityId(), b.quantity(), Integer::sum);
                if (sum > a.quantity()) {
                    throw UserFacingException.onField(
                            line + "quantity", "delivery.quantity.overAssigned", a.name(), sum, a.quantity());
                }
            }
        }
        List<String> labels = f.checks() == null
                ? List.of()
                : f.checks().stream().filter(c -> c != null && !c.isBlank()).toList();
        if (labels.size() > DeliveryService.CHECKS_MAX) {
            throw UserFacingException.onField("checks", "delivery.checks.many", DeliveryService.CHECKS_MAX);
        }
        if (labels.stream().anyMatch(c -> c.strip().length() > DeliveryService.CHECK_LABEL_MAX)) {
            throw UserFacingException.onField("checks", "delivery.checks.size", DeliveryService.CHECK_LABEL_MAX);
        }
    }
}
