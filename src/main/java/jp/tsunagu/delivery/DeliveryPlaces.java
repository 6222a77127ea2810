package jp.tsunagu.delivery;

import java.util.Optional;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.AttachmentPlaces;
import jp.tsunagu.documents.Place;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deliverables belong to their batch's facility alone, and so do the error sheets of its inspections. */
@Configuration(proxyBeanMethods = false)
class DeliveryPlaces {

    @Bean
    AttachmentPlaces batchPlaces(DeliveryBatchRepository batches) {
        return new AttachmentPlaces() {
            @Override
            public AttachedTo kind() {
                return AttachedTo.BATCH;
            }

            @Override
            public Optional<Place> place(long id) {
                return batches.findById(id).map(b -> new Place(b.getDealId(), b.getFacilityId()));
            }
        };
    }

    @Bean
    AttachmentPlaces inspectionPlaces(InspectionRepository inspections) {
        return new AttachmentPlaces() {
            @Override
            public AttachedTo kind() {
                return AttachedTo.INSPECTION;
            }

            @Override
            public Optional<Place> place(long id) {
                return inspections.findById(id).map(i -> new Place(i.getDealId(), i.getFacilityId()));
            }
        };
    }
}
