package jp.tsunagu.facility;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapabilitySurveyRepository extends JpaRepository<CapabilitySurvey, Long> {

    Optional<CapabilitySurvey> findFirstByFacilityIdOrderByAnsweredOnDescIdDesc(long facilityId);

    List<CapabilitySurvey> findByFacilityIdOrderByAnsweredOnDescIdDesc(long facilityId);
}
