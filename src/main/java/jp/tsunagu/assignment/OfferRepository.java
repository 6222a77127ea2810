package jp.tsunagu.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByDealIdOrderById(long dealId);

    List<Offer> findByFacilityIdOrderByIdDesc(long facilityId);

    Optional<Offer> findFirstByDealIdAndFacilityIdAndStatus(long dealId, long facilityId, OfferStatus status);

    boolean existsByDealId(long dealId);

    /** Open offers whose answer deadline is at most {@code by} and whose staff were not reminded yet. */
    @Query("select o from Offer o where o.status = :status "
            + "and o.answerDeadline <= :by and o.remindedAt is null order by o.id")
    List<Offer> findByStatusAndAnswerByLessThanEqualAndRemindedAtIsNull(OfferStatus status, LocalDate by);

    /** Marks an offer reminded; 0 when another node did already. */
    @Modifying
    @Query("update Offer o set o.remindedAt = :at where o.id = :id and o.remindedAt is null")
    int markReminded(long id, Instant at);

    boolean existsByDealIdAndFacilityId(long dealId, long facilityId);

    boolean existsByDealIdAndFacilityIdAndStatusIn(long dealId, long facilityId, Collection<OfferStatus> statuses);
}
