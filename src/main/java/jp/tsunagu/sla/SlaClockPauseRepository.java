package jp.tsunagu.sla;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SlaClockPauseRepository extends JpaRepository<SlaClockPause, Long> {

    Optional<SlaClockPause> findFirstByClockIdAndResumedAtIsNull(long clockId);

    List<SlaClockPause> findByClockIdInOrderByPausedAt(Collection<Long> clockIds);
}
