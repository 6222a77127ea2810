package jp.tsunagu.facility;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CapabilitySurveyRepository extends JpaRepository<CapabilitySurvey, Long> {

    Optional<CapabilitySurvey> findFirstByFacilityIdOrderByAnsweredOnDescIdDesc(long facilityId);

    List<CapabilitySurvey> findByFacilityIdOrderByAnsweredOnDescIdDesc(long facilityId);
}
