package jp.tsunagu.trial;

import java.util.Optional;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.AttachmentPlaces;
import jp.tsunagu.documents.Place;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A briefing's materials belong to its deal (every facility on it may be shown them). */
@Component
class BriefingPlaces implements AttachmentPlaces {

    private final BriefingRepository briefings;

    BriefingPlaces(BriefingRepository briefings) {
        this.briefings = briefings;
    }

    @Override
    public AttachedTo kind() {
        return AttachedTo.BRIEFING;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Place> place(long id) {
        return briefings.findById(id).map(b -> new Place(b.getDealId(), null));
    }
}
