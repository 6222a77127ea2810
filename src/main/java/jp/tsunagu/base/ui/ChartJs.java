package jp.tsunagu.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Chart.js (MIT, from its WebJar; no licence key). Give it a Chart.js configuration as
 * JSON; it draws on attach and redraws when the configuration changes. The canvas is an image to a screen reader,
 * named by {@link #setTitle} and every series with its figures.
 */
public class ChartJs extends Div {

    static final String SCRIPT = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private String config = "{}";

    public ChartJs() {
        addClassName("chart");
        getElement().setProperty("innerHTML", "<canvas></canvas>");
    }

    /** What the chart shows, in words: the start of its text for a screen reader. */
    public void setTitle(String title) {
        getElement().setAttribute("aria-description", title);
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
                  const canvas = el.querySelector('canvas');
                  el.$chart = new window.Chart(canvas, cfg);
                  // The picture's text for a screen reader: every series with its figures.
                  const labels = (cfg.data && cfg.data.labels) || [];
                  const num = (v) => typeof v === 'number' ? v.toLocaleString(document.documentElement.lang) : v;
                  const text = ((cfg.data && cfg.data.datasets) || []).map((ds) => (ds.label ? ds.label + ': ' : '')
                      + (ds.data || []).map((v, i) => (labels[i] !== undefined ? labels[i] + ' ' : '')
                          + num(v && typeof v === 'object' ? v.y : v)).join(', ')).join('; ');
                  canvas.setAttribute('role', 'img');
                  canvas.setAttribute('aria-label', (el.getAttribute('aria-description') || '') + ' ' + text);
                };
                go();""",
                        config);
    }
}
