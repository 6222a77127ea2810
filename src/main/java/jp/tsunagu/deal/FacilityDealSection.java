package jp.tsunagu.deal;

import com.vaadin.flow.component.Component;

/**
 * A part of the page on which a facility reads a deal it was offered (the offer page): the job itself, its questions.
 * Features contribute them, as they do {@link DealPageSection}s to the office's deal page; the page shows them in
 * {@link #order()}: those below 50 before the answer form, the others after it.
 */
public interface FacilityDealSection {

    int order();

    /** Builds the section for the current facility user and one deal; a new component each call. */
    Component create(long dealId);

    /** Whether the section also belongs under the job on the facility's list of its jobs (the batches to deliver). */
    default boolean onJobs() {
        return false;
    }
}
