package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.pipeline.HandOffEntry;
import jp.tsunagu.pipeline.HandOffTimeline;

/** The deal page's open tasks and its timeline of hand-offs, newest last. */
@org.springframework.stereotype.Component
class HandOffTimelineSection implements DealPageSection {

    private final HandOffTimeline timeline;
    private final Clock clock;

    HandOffTimelineSection(HandOffTimeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("handoff-section");
        section.add(new H3(section.getTranslation("handoff.title")));
        List<HandOffEntry> entries = timeline.of(deal.id());
        if (entries.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("handoff.none")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("timeline");
        list.setId("handoff-timeline");
        for (HandOffEntry e : entries) {
            list.add(item(section, e));
        }
        section.add(list);
        return section;
    }

    private ListItem item(Div t, HandOffEntry e) {
        ListItem item = new ListItem();
        item.addClassName(e.completedAt() == null ? "open" : "done");
        if (e.crossParty()) {
            item.addClassName("cross-party");
        }
        Div head = new Div();
        head.addClassName("timeline-head");
        if (e.fromStage() != null) {
            head.add(
                    Badges.of(
                            t.getTranslation("stage." + e.fromStage()),
                            "stage",
                            "party-" + e.fromParty().name().toLowerCase()),
                    new Span(" → "));
        } else {
            head.add(new Span(t.getTranslation("handoff.start") + " → "));
        }
        head.add(Badges.of(
                t.getTranslation("stage." + e.toStage()),
                "stage",
                "party-" + e.toParty().name().toLowerCase()));
        if (e.crossParty()) {
            head.add(Badges.of(
                    t.getTranslation("party." + e.fromParty()) + " → " + t.getTranslation("party." + e.toParty()),
                    "handoff"));
        }
        Div detail = new Div();
        detail.addClassName("timeline-detail");
        detail.add(new Span(t.getTranslation(
                "handoff.arrived", Formats.dateTime(e.createdAt()), e.createdBy() == null ? "—" : e.createdBy())));
        // A task completed straight from the group inbox is claimed in the same moment: no news in that.
        if (e.claimedAt() != null
                && (e.completedAt() == null
                        || Duration.between(e.claimedAt(), e.completedAt()).toMinutes() >= 1)) {
            detail.add(new Span(t.getTranslation("handoff.claimed", Formats.dateTime(e.claimedAt()), e.claimedBy())));
        }
        Duration lead = e.leadTime(clock.instant());
        String leadText = lead.toDays() >= 1
                ? t.getTranslation("time.days", lead.toDays())
                : lead.toHours() >= 1
                        ? t.getTranslation("time.hours", lead.toHours())
                        : t.getTranslation("time.minutes", lead.toMinutes());
        if (e.completedAt() != null && e.outcome() == null) {
            detail.add(new Span(
                    t.getTranslation("handoff.closedUnanswered", Formats.dateTime(e.completedAt()), leadText)));
        } else if (e.completedAt() != null) {
            detail.add(new Span(t.getTranslation(
                    "handoff.completed",
                    Formats.dateTime(e.completedAt()),
                    e.completedBy(),
                    t.getTranslation("outcome." + e.outcome()),
                    leadText)));
        } else {
            detail.add(new Span(t.getTranslation("handoff.waiting", leadText)));
        }
        item.add(head, detail);
        return item;
    }
}
