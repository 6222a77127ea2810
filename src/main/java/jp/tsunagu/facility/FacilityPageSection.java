package jp.tsunagu.facility;

import com.vaadin.flow.component.Component;

/**
 * A part of a facility's page that another feature contributes (its wage figures and reward band); the page shows
 * them in {@link #order()} after the facility's own data, and the contributing feature depends on the facility, never
 * the other way round.
 */
public interface FacilityPageSection {

    int order();

    /** Builds the section for one facility; a new component each call. */
    Component create(long facilityId);
}
