package jp.tsunagu.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether its window is phone-narrow, at attach and on every resize, so that a list can show cards
 * instead of wide columns (a phone is 390 px wide; a tablet's 768 px keep the columns).
 */
public final class Narrow {

    /** Below this width a list shows cards. */
    public static final int BELOW = 640;

    private Narrow() {}

    public static void track(Component view, Consumer<Boolean> onChange) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(attach -> {
            attach.getUI()
                    .getPage()
                    .retrieveExtendedClientDetails(d -> onChange.accept(d.getWindowInnerWidth() < BELOW));
            resize[0] =
                    attach.getUI().getPage().addBrowserWindowResizeListener(e -> onChange.accept(e.getWidth() < BELOW));
        });
        view.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }
}
