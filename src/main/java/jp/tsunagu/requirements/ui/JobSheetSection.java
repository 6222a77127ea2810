package jp.tsunagu.requirements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.requirements.Requirements;
import jp.tsunagu.requirements.RequirementsService;

/**
 * The job on a facility's offer page: every item of the requirements sheet as the company wrote it, the items still
 * open named in red, and what the price pays a worker a month at a fast, average and slow pace against home piece-work.
 */
@org.springframework.stereotype.Component
class JobSheetSection implements FacilityDealSection {

    private final RequirementsService requirements;
    private final RequirementsSection parts;
    private final DealService deals;

    JobSheetSection(RequirementsService requirements, RequirementsSection parts, DealService deals) {
        this.requirements = requirements;
        this.parts = parts;
        this.deals = deals;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long dealId) {
        Div section = new Div();
        section.setId("job-sheet");
        section.addClassName("job-sheet");
        section.add(new H3(section.getTranslation("offer.page.job")));
        Requirements sheet;
        try {
            sheet = requirements.forFacility(dealId);
        } catch (UserFacingException notOnDeal) {
            // Declined, expired or withdrawn: the facility no longer reads the job.
            section.add(new Paragraph(section.getTranslation("offer.page.jobClosed")));
            return section;
        }
        section.add(
                parts.missing(section, sheet),
                parts.items(sheet, deals.categoryOf(dealId).name()));
        section.add(new H3(section.getTranslation("offer.page.wage")));
        section.add(new Paragraph(section.getTranslation("offer.page.wage.explain")));
        // A facility cannot have the minimum wage updated: the note for the office stays off its page.
        WageAdvisorPanel advisor = new WageAdvisorPanel(false);
        advisor.show(sheet.form(), sheet.wage(), sheet.minimumWage());
        section.add(advisor);
        return section;
    }
}
