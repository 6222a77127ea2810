package jp.tsunagu.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByBatchIdInOrderByBatchIdAscRoundAsc(Collection<Long> batchIds);

    int countByBatchId(long batchId);
}
