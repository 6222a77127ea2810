package jp.tsunagu.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByDealIdOrderById(long dealId);

    boolean existsByDealId(long dealId);

    boolean existsByDealIdAndFacilityId(long dealId, long facilityId);

    List<Assignment> findByFacilityIdOrderByIdDesc(long facilityId);
}
