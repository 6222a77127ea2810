package jp.tsunagu.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByDealIdOrderById(long dealId);

    boolean existsByDealId(long dealId);

    boolean existsByDealIdAndFacilityId(long dealId, long facilityId);

    List<Assignment> findByFacilityIdOrderByIdDesc(long facilityId);
}
