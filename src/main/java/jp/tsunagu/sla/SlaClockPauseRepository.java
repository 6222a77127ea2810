package jp.tsunagu.sla;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaClockPauseRepository extends JpaRepository<SlaClockPause, Long> {

    // Written out: a derived query is translated to SQL again on every call (see HandOffRepository).
    @Query("select p from SlaClockPause p where p.clockId = :clockId and p.resumedAt is null order by p.id limit 1")
    Optional<SlaClockPause> findFirstByClockIdAndResumedAtIsNull(long clockId);

    List<SlaClockPause> findByClockIdInOrderByPausedAt(Collection<Long> clockIds);
}
