package jp.tsunagu.trial;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BriefingRepository extends JpaRepository<Briefing, Long> {

    List<Briefing> findByDealIdOrderByHeldAtAscIdAsc(long dealId);

    boolean existsByDealIdAndHeldAtLessThanEqual(long dealId, Instant now);

    List<Briefing> findByCreatedByAndHeldAtGreaterThanEqualOrderByHeldAt(String createdBy, Instant from);

    @Query(
            "select b from Briefing b join b.facilityIds f where f = :facilityId and b.heldAt >= :from order by b.heldAt")
    List<Briefing> upcomingFor(long facilityId, Instant from);
}
