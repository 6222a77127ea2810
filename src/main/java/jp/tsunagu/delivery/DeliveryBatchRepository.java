package jp.tsunagu.delivery;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DeliveryBatchRepository extends JpaRepository<DeliveryBatch, Long> {

    List<DeliveryBatch> findByDealIdOrderByCycleAscDueOnAscIdAsc(long dealId);

    List<DeliveryBatch> findByDealIdAndState(long dealId, BatchState state);

    // Written out: a derived query is translated to SQL again on every call (see pipeline's HandOffRepository).
    @Query("select b from DeliveryBatch b where b.taskId = :taskId")
    Optional<DeliveryBatch> findByTaskId(String taskId);

    @Query("select b from DeliveryBatch b where b.taskId in :taskIds")
    List<DeliveryBatch> findByTaskIdIn(Collection<String> taskIds);

    void deleteByDealIdAndState(long dealId, BatchState state);
}
