package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.security.AppRoles;

/**
 * The facility portal: the jobs offered to this facility, newest first, one card each (as readable on a phone as on a
 * PC), each opening its offer page where the facility reads the whole job and answers.
 */
@Route("portal/offers")
@Menu(order = 5, icon = "vaadin:envelope-open", title = "nav.portalOffers")
@RolesAllowed(AppRoles.FACILITY)
class OfferPortalView extends VerticalLayout implements HasDynamicTitle {

    private final OfferService offers;
    final Div cards = new Div();

    OfferPortalView(OfferService offers) {
        this.offers = offers;
        addClassName("offer-portal");
        cards.setId("my-offers");
        cards.addClassName("offer-cards");
        add(new Paragraph(getTranslation("offer.explain")), cards);
        refresh();
    }

    void refresh() {
        cards.removeAll();
        List<OfferRow> mine = offers.mine();
        if (mine.isEmpty()) {
            cards.add(new Paragraph(getTranslation("offer.none")));
        }
        mine.forEach(o -> cards.add(card(o)));
    }

    private Div card(OfferRow o) {
        Div card = new Div();
        card.addClassName("offer-card");
        card.getElement().setAttribute("data-offer", String.valueOf(o.id()));
        Span status = Badges.of(
                getTranslation("offer.status." + o.status()),
                o.status() == OfferStatus.SENT ? "sla-warn" : o.status().isYes() ? "status-completed" : "stage");
        H2 title = new H2(o.dealTitle());
        Span deadline = new Span(getTranslation("offer.deadline") + " " + Formats.date(o.answerDeadline()));
        deadline.addClassName("muted");
        card.add(status, title, deadline);
        String summary =
                switch (o.status()) {
                    case ACCEPTED, COUNTERED -> getTranslation(
                            "offer.summary.yes",
                            String.format("%,d", o.quantity()),
                            o.hoursPerMonth(),
                            Formats.date(o.startOn()));
                    case DECLINED -> o.declineReason();
                    default -> null;
                };
        if (summary != null) {
            card.add(new Paragraph(summary));
        }
        Anchor open = new Anchor("portal/offers/" + o.id(), getTranslation("offer.open"));
        open.addClassName("offer-open");
        // The deal's questions and FAQ also have an address of their own.
        Anchor questions = new Anchor("portal/deals/" + o.dealId() + "/questions", getTranslation("offer.questions"));
        questions.addClassName("offer-questions-link");
        Div links = new Div(open, questions);
        links.addClassName("offer-links");
        card.add(links);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portalOffers");
    }
}
