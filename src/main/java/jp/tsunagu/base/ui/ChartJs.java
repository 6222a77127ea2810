package jp.tsunagu.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Chart.js (MIT, from its WebJar; no licence key). Give it a Chart.js configuration as
 * JSON; it draws on attach and redraws when the configuration changes.
 */
public class ChartJs extends Div {

    static final String SCRIPT = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private String config = "{}";

    public ChartJs() {
        addClassName("chart");
        getElement().setProperty("innerHTML", "<canvas></canvas>");
    }

    /** The chart's configuration as Chart.js takes it ({@code {type, data, options}}), as JSON. */
    public void setConfig(String json) {
        this.config = json;
        if (isAttached()) {
            draw();
        }
    }

    public String getConfig() {
        return config;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        // The script may still be loading: wait for it, then replace any earlier chart on this canvas.
        getElement()
                .executeJs(
                        """
                const el = this; const cfg = JSON.parse($0);
                const go = () => {
                  if (!window.Chart) { setTimeout(go, 50); return; }
                  if (el.$chart) { el.$chart.destroy(); }
                  el.$chart = new window.Chart(el.querySelector('canvas'), cfg);
                };
                go();""",
                        config);
    }
}
