package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A batch as the deal page and the task forms show it, with its inspections and what is wrong with it. */
public record BatchRow(
        long id,
        long dealId,
        String dealTitle,
        long facilityId,
        String facilityName,
        int cycle,
        LocalDate dueOn,
        int plannedQuantity,
        BigDecimal unitPrice,
        BatchState state,
        Integer deliveredQuantity,
        Instant deliveredAt,
        String deliveryNote,
        int reworkCount,
        Instant acceptedAt,
        Long acceptedAmount,
        String taskId,
        boolean late,
        int shortBy,
        List<InspectionRow> inspections,
        Report report) {

    /** What the facility reported it delivered, before the intermediary confirmed it (null when it did not). */
    public record Report(int quantity, int workers, BigDecimal hours, String by, Instant at) {}

    /** One inspection round of the batch. */
    public record InspectionRow(
            int round,
            Instant inspectedAt,
            String inspectedBy,
            int piecesChecked,
            int errors,
            BigDecimal rate,
            BigDecimal standard,
            boolean checksDone,
            boolean passed,
            Map<String, Integer> errorsByType,
            String note) {}
}
