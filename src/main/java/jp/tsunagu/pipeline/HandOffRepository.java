package jp.tsunagu.pipeline;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface HandOffRepository extends JpaRepository<HandOff, Long> {

    Optional<HandOff> findByTaskId(String taskId);

    /** The last stage completed on a deal: where newly arriving work comes from. */
    Optional<HandOff> findFirstByDealIdAndCompletedAtIsNotNullOrderByCompletedAtDescIdDesc(long dealId);

    List<HandOff> findByDealIdOrderByCreatedAtAscIdAsc(long dealId);
}
