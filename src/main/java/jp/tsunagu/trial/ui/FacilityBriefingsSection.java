package jp.tsunagu.trial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.trial.BriefingRow;
import jp.tsunagu.trial.BriefingService;

/** The briefings a facility is invited to on a job: when, where (or online), what to bring. On its jobs and offer. */
@org.springframework.stereotype.Component
class FacilityBriefingsSection implements FacilityDealSection {

    private final BriefingService trials;

    FacilityBriefingsSection(BriefingService trials) {
        this.trials = trials;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean onJobs() {
        return true;
    }

    @Override
    public Component create(long dealId) {
        Div section = new Div();
        section.addClassName("facility-briefings");
        List<BriefingRow> briefings = trials.briefingsForMyFacility(dealId);
        if (briefings.isEmpty()) {
            return section;
        }
        section.add(new H4(section.getTranslation("briefing.mine")));
        for (BriefingRow b : briefings) {
            Paragraph p = new Paragraph(section.getTranslation(
                            "briefing.mine.row",
                            Formats.dateTime(b.heldAt()),
                            section.getTranslation("briefing.kind." + b.kind()),
                            (b.online() ? section.getTranslation("briefing.online") + " " : "") + b.place())
                    + (b.materials() == null || b.materials().isBlank()
                            ? ""
                            : section.getTranslation("briefing.mine.materials", b.materials())));
            p.addClassName("briefing-row");
            section.add(p);
        }
        return section;
    }
}
