package jp.tsunagu.pipeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The queries on the completion path are written out: Hibernate caches a written query's translation to SQL, while
 * a derived one is built as a criteria query and translated again on every call (an eighth of the server's time in
 * the pipeline benchmark).
 */
interface HandOffRepository extends JpaRepository<HandOff, Long> {

    @Query("select h from HandOff h where h.taskId = :taskId")
    Optional<HandOff> findByTaskId(String taskId);

    /** The last stage completed on a deal: where newly arriving work comes from. */
    @Query("select h from HandOff h where h.dealId = :dealId and h.completedAt is not null "
            + "order by h.completedAt desc, h.id desc limit 1")
    Optional<HandOff> findFirstByDealIdAndCompletedAtIsNotNullOrderByCompletedAtDescIdDesc(long dealId);

    List<HandOff> findByDealIdOrderByCreatedAtAscIdAsc(long dealId);
}
