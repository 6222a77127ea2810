package jp.tsunagu.processmap.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;

/**
 * A BPMN diagram drawn by bpmn-js's viewer (from its WebJar; nothing downloaded at run time), with a badge on each
 * activity and a colour class; a click on an activity tells the server which.
 */
class BpmnDiagram extends Div {

    static final String BASE = "context://webjars/bpmn-js/8.0.0/dist/";

    private String xml = "";
    private String overlays = "[]";
    private Consumer<String> onClick = id -> {};

    BpmnDiagram() {
        addClassName("bpmn-diagram");
        setId("process-diagram");
    }

    /**
     * Draws {@code xml} with {@code overlaysJson}: a list of {@code {id, html, cls, label}} for the activities, where
     * {@code cls} colours the shape and {@code label} is read out instead of the badge's figures.
     */
    void show(String xml, String overlaysJson) {
        this.xml = xml;
        this.overlays = overlaysJson;
        if (isAttached()) {
            draw();
        }
    }

    void onActivityClick(Consumer<String> listener) {
        this.onClick = listener;
    }

    @ClientCallable
    private void activityClicked(String id) {
        onClick.accept(id);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addStyleSheet(BASE + "assets/diagram-js.css");
        event.getUI().getPage().addStyleSheet(BASE + "assets/bpmn-font/css/bpmn-embedded.css");
        event.getUI().getPage().addJavaScript(BASE + "bpmn-navigated-viewer.production.min.js");
        draw();
    }

    private void draw() {
        getElement()
                .executeJs(
                        """
                const el = this; const xml = $0; const marks = JSON.parse($1);
                const go = () => {
                  if (!window.BpmnJS) { setTimeout(go, 50); return; }
                  if (!el.$viewer) {
                    el.$viewer = new window.BpmnJS({ container: el });
                    el.$viewer.get('eventBus').on('element.click', e => {
                      if (e.element && e.element.type && e.element.type.endsWith('Task')) {
                        el.$server.activityClicked(e.element.id);
                      }
                    });
                  }
                  el.$viewer.importXML(xml).then(() => {
                    const canvas = el.$viewer.get('canvas');
                    const overlays = el.$viewer.get('overlays');
                    const registry = el.$viewer.get('elementRegistry');
                    overlays.clear();
                    canvas.zoom('fit-viewport');
                    for (const m of marks) {
                      if (!registry.get(m.id)) { continue; }
                      if (m.cls) { canvas.addMarker(m.id, m.cls); }
                      const badge = document.createElement('div');
                      badge.className = 'map-badge';
                      badge.setAttribute('data-activity', m.id);
                      badge.setAttribute('role', 'note');
                      badge.setAttribute('aria-label', m.label);
                      badge.innerHTML = m.html;
                      overlays.add(m.id, { position: { bottom: -6, left: -6 }, html: badge });
                    }
                    el.setAttribute('data-drawn', 'true');
                  });
                };
                go();""",
                        xml,
                        overlays);
    }
}
