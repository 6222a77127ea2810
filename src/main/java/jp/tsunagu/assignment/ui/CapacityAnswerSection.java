package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import jp.tsunagu.assignment.CapacityAnswer;
import jp.tsunagu.assignment.MatchRequest;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;

/**
 * The answer a director gives the customer on the phone: how many facilities and workers could take this
 * kind of work now, with how many free hours a month, and from when, from the registry's current data.
 */
@org.springframework.stereotype.Component
class CapacityAnswerSection implements DealPageSection {

    private final Matching matching;
    private final Clock clock;

    CapacityAnswerSection(Matching matching, Clock clock, RequirementsService requirements) {
        this.matching = matching;
        this.clock = clock;
        this.requirements = requirements;
    }

    private final RequirementsService requirements;

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Component create(DealDetails deal) {
        Div box = new Div();
        if (deal.status() != DealStatus.OPEN || deal.stage().ordinal() > DealStage.ASSIGNMENT.ordinal()) {
            return box;
        }
        box.addClassName("capacity-answer");
        box.setId("capacity-answer");
        // What the requirements sheet already says narrows the answer: skills, workers, hours, start.
        RequirementsForm sheet = requirements.of(deal.id()).form();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = sheet.getStartOn() != null && sheet.getStartOn().isAfter(today) ? sheet.getStartOn() : today;
        int hours = sheet.getVolumeUnit() == VolumeUnit.HOURS_PER_MONTH && sheet.getVolume() != null
                ? sheet.getVolume().intValue()
                : 1;
        int workers = sheet.getWorkersNeeded() == null ? 1 : sheet.getWorkersNeeded();
        boolean fromSheet = !sheet.getSkillIds().isEmpty()
                || sheet.getWorkersNeeded() != null
                || sheet.getStartOn() != null
                || hours > 1;
        CapacityAnswer a = matching.answer(new MatchRequest(
                deal.category(), sheet.getSkillIds(), workers, hours, start, start.plusMonths(1), null));
        Span label = new Span(box.getTranslation(
                fromSheet ? "capacity.titleForSheet" : "capacity.title",
                box.getTranslation("category." + deal.category())));
        label.addClassName("card-label");
        Span value = new Span(
                a.facilities() == 0
                        ? box.getTranslation("capacity.none")
                        : box.getTranslation(
                                "capacity.value",
                                a.facilities(),
                                a.workers(),
                                String.format("%,d", a.freeHours()),
                                Formats.date(a.earliestStart())));
        value.addClassName("capacity-value");
        box.add(label, value);
        return box;
    }
}
