package jp.tsunagu.delivery;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByBatchIdInOrderByBatchIdAscRoundAsc(Collection<Long> batchIds);

    int countByBatchId(long batchId);
}
