package jp.tsunagu.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DeliveryBatchRepository extends JpaRepository<DeliveryBatch, Long> {

    List<DeliveryBatch> findByDealIdOrderByCycleAscDueOnAscIdAsc(long dealId);

    List<DeliveryBatch> findByDealIdAndState(long dealId, BatchState state);

    Optional<DeliveryBatch> findByTaskId(String taskId);

    List<DeliveryBatch> findByTaskIdIn(Collection<String> taskIds);

    void deleteByDealIdAndState(long dealId, BatchState state);
}
