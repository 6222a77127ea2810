package jp.tsunagu.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeliveryBatchRepository extends JpaRepository<DeliveryBatch, Long> {

    List<DeliveryBatch> findByDealIdOrderByCycleAscDueOnAscIdAsc(long dealId);

    List<DeliveryBatch> findByDealIdAndState(long dealId, BatchState state);

    // Written out: a derived query is translated to SQL again on every call (see pipeline's HandOffRepository).
    @Query("select b from DeliveryBatch b where b.taskId = :taskId")
    Optional<DeliveryBatch> findByTaskId(String taskId);

    @Query("select b from DeliveryBatch b where b.taskId in :taskIds")
    List<DeliveryBatch> findByTaskIdIn(Collection<String> taskIds);

    void deleteByDealIdAndState(long dealId, BatchState state);

    /** Batches still to deliver (planned, open or in rework) due on or before {@code by}, whose facility was not told yet. */
    @Query("select b from DeliveryBatch b where b.state in :states and b.dueOn <= :by and b.dueRemindedAt is null "
            + "order by b.id")
    List<DeliveryBatch> dueUnreminded(Collection<BatchState> states, LocalDate by);

    @Query("select b from DeliveryBatch b where b.facilityId = :facilityId and b.state in :states and b.dueOn >= :from "
            + "order by b.dueOn, b.id")
    List<DeliveryBatch> toDeliver(long facilityId, Collection<BatchState> states, LocalDate from);

    /** Marks a batch's facility told; 0 when another node did already. */
    @Modifying
    @Query("update DeliveryBatch b set b.dueRemindedAt = :at where b.id = :id and b.dueRemindedAt is null")
    int markDueReminded(long id, Instant at);
}
