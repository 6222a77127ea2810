package jp.tsunagu.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the top bar of every page (the notices bell). The shell collects these
 * beans, so it needs to know no feature.
 */
public interface NavbarWidget {

    /** A new component for one UI, or {@code null} to show nothing for the current user. */
    Component create();
}
