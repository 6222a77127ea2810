package jp.tsunagu.tier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import jp.tsunagu.assignment.WageTierOutlook;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.security.CurrentUser;

/** On the facility's offer page: what this job would do to its own average monthly wage and reward band. */
@org.springframework.stereotype.Component
class TierOfferSection implements FacilityDealSection {

    private final WageTierOutlook outlook;
    private final CurrentUser currentUser;

    TierOfferSection(WageTierOutlook outlook, CurrentUser currentUser) {
        this.outlook = outlook;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Component create(long dealId) {
        Div box = new Div();
        box.setId("offer-tier");
        box.addClassName("offer-tier");
        long mine = currentUser.facilityId().orElse(-1L);
        WageTierOutlook.Outlook o;
        try {
            o = outlook.forDeal(dealId, List.of(mine)).get(mine);
        } catch (UserFacingException ended) {
            // An offer that ended shows no job: nothing to say about it either.
            o = null;
        }
        if (o == null) {
            box.setVisible(false);
            return box;
        }
        Paragraph line = new Paragraph(box.getTranslation(o.messageKey() + ".long", o.messageParams()));
        line.addClassName(o.movesUp() || o.targetReached() ? "tier-up" : "tier-same");
        Paragraph note = new Paragraph(box.getTranslation("tier.assumption"));
        note.addClassName("muted");
        box.add(new H3(box.getTranslation("tier.offer.title")), line, note);
        return box;
    }
}
