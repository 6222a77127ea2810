package jp.tsunagu.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.security.FacilityNames;
import jp.tsunagu.security.UserDirectory;
import org.springframework.stereotype.Component;

/** Batches as rows: with their deal, facility, inspections and whether they are late. */
@Component
class BatchRows {

    private static final ZoneId ZONE = Application.TOKYO;

    private final InspectionRepository inspections;
    private final DealService deals;
    private final UserDirectory users;
    private final FacilityNames facilities;
    private final Clock clock;

    BatchRows(
            InspectionRepository inspections,
            DealService deals,
            UserDirectory users,
            FacilityNames facilities,
            Clock clock) {
        this.inspections = inspections;
        this.deals = deals;
        this.users = users;
        this.facilities = facilities;
        this.clock = clock;
    }

    List<BatchRow> of(List<DeliveryBatch> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Inspection>> byBatch =
                inspections
                        .findByBatchIdInOrderByBatchIdAscRoundAsc(
                                list.stream().map(DeliveryBatch::getId).toList())
                        .stream()
                        .collect(
                                Collectors.groupingBy(Inspection::getBatchId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names =
                facilities.names(list.stream().map(DeliveryBatch::getFacilityId).collect(Collectors.toSet()));
        Map<Long, String> titles = new HashMap<>();
        deals.summaries(list.stream().map(DeliveryBatch::getDealId).collect(Collectors.toSet()))
                .forEach((id, s) -> titles.put(id, s.title()));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return list.stream()
                .map(b -> {
                    List<BatchRow.InspectionRow> rounds = byBatch.getOrDefault(b.getId(), List.of()).stream()
                            .map(i -> new BatchRow.InspectionRow(
                                    i.getRound(),
                                    i.getInspectedAt(),
                                    users.displayName(i.getInspectedBy()),
                                    i.getPiecesChecked(),
                                    i.getErrors(),
                                    Verdict.of(i.getPiecesChecked(), i.getErrors(), i.getAcceptedErrorRate(), true)
                                            .rate(),
                                    i.getAcceptedErrorRate(),
                                    i.isChecksDone(),
                                    i.isPassed(),
                                    Map.copyOf(i.getErrorsByType()),
                                    i.getNote()))
                            .toList();
                    return new BatchRow(
                            b.getId(),
                            b.getDealId(),
                            titles.getOrDefault(b.getDealId(), ""),
                            b.getFacilityId(),
                            names.getOrDefault(b.getFacilityId(), "?"),
                            b.getCycle(),
                            b.getDueOn(),
                            b.getPlannedQuantity(),
                            b.getUnitPrice(),
                            b.getState(),
                            b.getDeliveredQuantity(),
                            b.getDeliveredAt(),
                            b.getDeliveryNote(),
                            b.getReworkCount(),
                            b.getAcceptedAt(),
                            b.getAcceptedAmount(),
                            b.getTaskId(),
                            late(b, today),
                            b.getDeliveredQuantity() == null ? 0 : b.getPlannedQuantity() - b.getDeliveredQuantity(),
                            rounds,
                            b.report());
                })
                .toList();
    }

    /** Late: still not delivered after its due date, or delivered after it (Asia/Tokyo dates). */
    static boolean late(DeliveryBatch b, LocalDate today) {
        if (b.getDeliveredAt() != null) {
            return LocalDate.ofInstant(b.getDeliveredAt(), ZONE).isAfter(b.getDueOn());
        }
        return b.getState() == BatchState.OPEN && today.isAfter(b.getDueOn());
    }
}
