package jp.tsunagu.trial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrialResultRepository extends JpaRepository<TrialResult, Long> {

    List<TrialResult> findByTrialId(long trialId);

    Optional<TrialResult> findByTrialIdAndFacilityId(long trialId, long facilityId);
}
