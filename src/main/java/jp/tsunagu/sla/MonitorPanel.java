package jp.tsunagu.sla;

import com.vaadin.flow.component.Component;

/**
 * A part of the supervisor's SLA monitor that another feature contributes (late and short deliveries). The
 * monitor shows them after its own panels, in {@link #order()}.
 */
public interface MonitorPanel {

    int order();

    /** Builds the panel; called per page view, so it returns a new component each time. */
    Component create();
}
