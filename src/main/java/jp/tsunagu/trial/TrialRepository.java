package jp.tsunagu.trial;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface TrialRepository extends JpaRepository<Trial, Long> {

    Optional<Trial> findFirstByDealIdOrderByRoundDesc(long dealId);
}
