package jp.tsunagu.deal;

import com.vaadin.flow.component.Component;

/**
 * A part of the deal page that another feature contributes (the pipeline's hand-off timeline, later
 * requirements, assignments, QA). The deal page collects these beans and shows them in {@link #order()};
 * the contributing feature depends on the deal, never the other way round.
 */
public interface DealPageSection {

    int order();

    /** Builds the section for one deal; called per page view, so it returns a new component each time. */
    Component create(DealDetails deal);

    /** Whether the section also belongs on the page of a task at this stage (the lead task shows activities). */
    default boolean showOnTask(DealStage stage) {
        return false;
    }
}
