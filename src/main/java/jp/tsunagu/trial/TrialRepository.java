package jp.tsunagu.trial;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrialRepository extends JpaRepository<Trial, Long> {

    Optional<Trial> findFirstByDealIdOrderByRoundDesc(long dealId);
}
