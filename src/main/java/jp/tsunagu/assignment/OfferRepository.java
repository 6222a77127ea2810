package jp.tsunagu.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByDealIdOrderById(long dealId);

    List<Offer> findByFacilityIdOrderByIdDesc(long facilityId);

    Optional<Offer> findFirstByDealIdAndFacilityIdAndStatus(long dealId, long facilityId, OfferStatus status);

    boolean existsByDealId(long dealId);

    boolean existsByDealIdAndFacilityId(long dealId, long facilityId);

    boolean existsByDealIdAndFacilityIdAndStatusIn(long dealId, long facilityId, java.util.Collection<OfferStatus> statuses);
}
