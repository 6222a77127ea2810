package jp.tsunagu.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByDealIdOrderById(long dealId);

    boolean existsByDealId(long dealId);

    List<Assignment> findByFacilityIdOrderByIdDesc(long facilityId);
}
