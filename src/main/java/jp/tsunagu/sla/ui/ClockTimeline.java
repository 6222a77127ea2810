package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.sla.SlaClocks.ClockView;

/**
 * A hand-off's clock as a line of dated events: started, the warning and at-risk shares crossed, each pause with its
 * reason and who stopped it, the breach and its escalation, the stop and how it ended. One folded part per clock.
 */
final class ClockTimeline {

    private ClockTimeline() {}

    private record Event(Instant at, String text, String kind) {}

    static Component of(List<ClockView> clocks, Function<String, String> displayName, Component t) {
        Div all = new Div();
        all.addClassName("clock-timelines");
        all.setId("sla-timelines");
        for (ClockView c : clocks) {
            OrderedList line = new OrderedList();
            line.addClassName("clock-timeline");
            for (Event e : events(c, displayName, t)) {
                Span when = new Span(e.at() == null ? "—" : Formats.dateTime(e.at()));
                when.addClassName("timeline-when");
                ListItem item = new ListItem(when, new Span(e.text()));
                item.addClassName("timeline-" + e.kind());
                line.add(item);
            }
            Details d =
                    new Details(t.getTranslation("sla.timeline.title", t.getTranslation("stage." + c.stage())), line);
            d.addClassName("clock-details");
            all.add(d);
        }
        return all;
    }

    private static List<Event> events(ClockView c, Function<String, String> displayName, Component t) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(c.startedAt(), t.getTranslation("sla.timeline.started"), "start"));
        if (c.warnLevel() >= 1) {
            events.add(new Event(c.warnedAt(), t.getTranslation("sla.timeline.warned"), "warn"));
        }
        if (c.warnLevel() >= 2) {
            events.add(new Event(c.riskedAt(), t.getTranslation("sla.timeline.risked"), "warn"));
        }
        c.pauses().forEach(p -> {
            events.add(new Event(
                    p.pausedAt(),
                    t.getTranslation("sla.timeline.paused", p.reason(), displayName.apply(p.pausedBy())),
                    "pause"));
            if (p.resumedAt() != null) {
                events.add(new Event(p.resumedAt(), t.getTranslation("sla.timeline.resumed"), "pause"));
            }
        });
        if (c.breachedAt() != null) {
            events.add(new Event(c.breachedAt(), t.getTranslation("sla.timeline.breached"), "late"));
        }
        if (c.escalatedAt() != null) {
            events.add(new Event(c.escalatedAt(), t.getTranslation("sla.timeline.escalated"), "late"));
        }
        if (c.stoppedAt() != null) {
            events.add(new Event(
                    c.stoppedAt(),
                    t.getTranslation(
                            c.state() == SlaState.MET
                                    ? "sla.timeline.met"
                                    : c.state() == SlaState.MISSED ? "sla.timeline.missed" : "sla.timeline.ended"),
                    c.state() == SlaState.MISSED ? "late" : "end"));
        } else if (c.dueAt() != null) {
            events.add(new Event(c.dueAt(), t.getTranslation("sla.timeline.due"), "due"));
        }
        // Known times in order; a warning crossed before its time was kept stays where it happened in the list.
        List<Event> timed =
                new ArrayList<>(events.stream().filter(e -> e.at() != null).toList());
        timed.sort(Comparator.comparing(Event::at));
        List<Event> out = new ArrayList<>(timed);
        events.stream().filter(e -> e.at() == null).forEach(e -> out.add(1, e));
        return out;
    }
}
