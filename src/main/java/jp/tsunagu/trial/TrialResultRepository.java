package jp.tsunagu.trial;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TrialResultRepository extends JpaRepository<TrialResult, Long> {

    List<TrialResult> findByTrialId(long trialId);

    Optional<TrialResult> findByTrialIdAndFacilityId(long trialId, long facilityId);
}
