package jp.tsunagu.assignment;

import java.util.Optional;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.AttachmentPlaces;
import jp.tsunagu.documents.Place;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Documents attached to an offer belong to its deal and its facility alone. */
@Component
class OfferPlaces implements AttachmentPlaces {

    private final OfferRepository offers;

    OfferPlaces(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public AttachedTo kind() {
        return AttachedTo.OFFER;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Place> place(long id) {
        return offers.findById(id).map(o -> new Place(o.getDealId(), o.getFacilityId()));
    }
}
