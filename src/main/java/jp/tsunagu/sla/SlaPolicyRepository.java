package jp.tsunagu.sla;

import java.util.List;
import jp.tsunagu.deal.DealStage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    // Written out: a derived query is translated to SQL again on every call (see HandOffRepository).
    @Query("select p from SlaPolicy p where p.stage = :stage")
    List<SlaPolicy> findByStage(DealStage stage);
}
