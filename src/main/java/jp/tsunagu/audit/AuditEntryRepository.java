package jp.tsunagu.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    String MATCHING = " from AuditEntry e where (:kind is null or e.kind = :kind)"
            + " and (:actor = '' or lower(e.actor) like concat('%', :actor, '%'))"
            + " and e.at >= :from and e.at < :to";

    @Query("select e" + MATCHING + " order by e.at desc, e.id desc")
    List<AuditEntry> page(
            @Param("kind") AuditKind kind,
            @Param("actor") String actor,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable page);

    @Query("select count(e)" + MATCHING)
    long count(
            @Param("kind") AuditKind kind,
            @Param("actor") String actor,
            @Param("from") Instant from,
            @Param("to") Instant to);

    List<AuditEntry> findTop200ByDealIdOrderByAtDescIdDesc(long dealId);
}
