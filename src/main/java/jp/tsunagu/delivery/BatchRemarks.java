package jp.tsunagu.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsunagu.Application;
import jp.tsunagu.base.Lookups;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.pipeline.TaskRemarks;
import jp.tsunagu.security.FacilityNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox row of a batch's task says which batch it is (facility, due date, quantity) and, in red, that it is
 * late, came short, or is back from rework.
 */
@Component
class BatchRemarks implements TaskRemarks {

    private static final ZoneId ZONE = Application.TOKYO;

    private final DeliveryBatchRepository batches;
    private final FacilityNames facilities;
    private final Clock clock;

    BatchRemarks(DeliveryBatchRepository batches, FacilityNames facilities, Clock clock) {
        this.batches = batches;
        this.facilities = facilities;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Remark>> of(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<DeliveryBatch> found = Lookups.byKeys(taskIds, batches::findByTaskId, batches::findByTaskIdIn);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = facilities.names(
                found.stream().map(DeliveryBatch::getFacilityId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, List<Remark>> result = new HashMap<>();
        for (DeliveryBatch b : found) {
            List<Remark> list = new ArrayList<>();
            list.add(new Remark(
                    "batch.remark",
                    false,
                    names.getOrDefault(b.getFacilityId(), "?"),
                    Formats.date(b.getDueOn()),
                    b.getPlannedQuantity()));
            if (BatchRows.late(b, today)) {
                list.add(new Remark("batch.late", true));
            }
            if (b.getDeliveredQuantity() != null && b.getDeliveredQuantity() < b.getPlannedQuantity()) {
                list.add(new Remark("batch.short", true, b.getPlannedQuantity() - b.getDeliveredQuantity()));
            }
            if (b.getReworkCount() > 0) {
                list.add(new Remark("batch.reworked", true, b.getReworkCount()));
            }
            result.put(b.getTaskId(), list);
        }
        return result;
    }
}
