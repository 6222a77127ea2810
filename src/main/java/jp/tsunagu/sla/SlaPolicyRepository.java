package jp.tsunagu.sla;

import jp.tsunagu.deal.DealStage;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    List<SlaPolicy> findByStage(DealStage stage);
}
