package jp.tsunagu.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.tsunagu.deal.Party;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    // Written out: a derived query is translated to SQL again on every call (see HandOffRepository).
    @Query("select c from SlaClock c where c.taskId = :taskId")
    Optional<SlaClock> findByTaskId(String taskId);

    @Query("select c from SlaClock c where c.taskId in :taskIds")
    List<SlaClock> findByTaskIdIn(Collection<String> taskIds);

    List<SlaClock> findByDealIdOrderByStartedAtAscIdAsc(long dealId);

    List<SlaClock> findByDealIdAndStoppedAtIsNull(long dealId);

    /** Open clocks of these parties after {@code afterId}, in id order: a calendar change recounts them in batches. */
    @Query(
            "select c from SlaClock c where c.stoppedAt is null and c.party in :parties and c.id > :afterId order by c.id")
    List<SlaClock> openOf(Collection<Party> parties, long afterId, Pageable page);

    /**
     * Clocks with an event due, locked for this sweep only: a second node sweeping at the same moment
     * skips them instead of waiting, and finds them moved on once this transaction commits.
     */
    @Query(
            value = "select * from sla_clock where next_event_at <= :now order by next_event_at limit :max "
                    + "for update skip locked",
            nativeQuery = true)
    List<SlaClock> lockDue(Instant now, int max);
}
