package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.assignment.OfferAnswer;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.security.AppRoles;

import java.util.List;

/** The facility portal: the jobs offered to this facility, and the answer to each. */
@Route("portal/offers")
@Menu(order = 5, icon = "vaadin:envelope-open", title = "nav.portalOffers")
@RolesAllowed(AppRoles.FACILITY)
class OfferPortalView extends VerticalLayout implements HasDynamicTitle {

    private final OfferService offers;
    final Grid<OfferRow> grid = new Grid<>();
    final RadioButtonGroup<OfferStatus> answer = new RadioButtonGroup<>();
    final IntegerField quantity = new IntegerField();
    final IntegerField hours = new IntegerField();
    final DatePicker start;
    final TextField reason = new TextField();
    final Button send = new Button();
    final VerticalLayout form = new VerticalLayout();

    OfferPortalView(OfferService offers) {
        this.offers = offers;
        grid.setId("my-offers");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(o -> Badges.of(getTranslation("offer.status." + o.status()),
                o.status() == OfferStatus.SENT ? "sla-warn" : o.status().isYes() ? "status-completed" : "stage"))
                .setHeader(getTranslation("offer.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OfferRow::dealTitle).setHeader(getTranslation("deal.title")).setFlexGrow(2);
        grid.addColumn(o -> Formats.date(o.answerDeadline())).setHeader(getTranslation("offer.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::summary).setHeader(getTranslation("offer.answer")).setFlexGrow(2);
        grid.addComponentColumn(o -> {
            // The deal's questions and FAQ live with the questions feature, at their own address.
            com.vaadin.flow.component.html.Anchor faq = new com.vaadin.flow.component.html.Anchor(
                    "portal/deals/" + o.dealId() + "/questions", getTranslation("offer.questions"));
            faq.addClassName("offer-questions-link");
            return faq;
        }).setHeader(getTranslation("offer.questions")).setKey("questions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("offer.none"));
        grid.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));

        answer.setLabel(getTranslation("offer.answer"));
        answer.setItems(OfferStatus.ACCEPTED, OfferStatus.COUNTERED, OfferStatus.DECLINED);
        answer.setItemLabelGenerator(s -> getTranslation("offer.choose." + s));
        answer.setId("offer-answer");
        quantity.setLabel(getTranslation("assignment.share.quantity"));
        quantity.setId("offer-quantity");
        hours.setLabel(getTranslation("assignment.share.hours"));
        hours.setId("offer-hours");
        start = DatePickers.create(getTranslation("offer.start"), getLocale());
        start.setId("offer-start");
        reason.setLabel(getTranslation("offer.reason"));
        reason.setMaxLength(200);
        reason.setId("offer-reason");
        answer.addValueChangeListener(e -> {
            boolean no = e.getValue() == OfferStatus.DECLINED;
            reason.setVisible(no);
            quantity.setVisible(!no);
            hours.setVisible(!no);
            start.setVisible(!no);
        });
        send.setText(getTranslation("offer.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("offer-send");
        send.addClickListener(e -> {
            OfferRow selected = grid.asSingleSelect().getValue();
            offers.answer(selected.id(), new OfferAnswer(answer.getValue(), quantity.getValue(), hours.getValue(),
                    start.getValue(), reason.getValue()));
            Notifications.success(getTranslation("offer.sent"));
            refresh();
        });
        form.setPadding(false);
        form.add(new H3(getTranslation("offer.answer")), answer, new FormLayout(quantity, hours, start, reason), send);
        form.setVisible(false);
        add(new Paragraph(getTranslation("offer.explain")), grid, form);
        refresh();
    }

    private String summary(OfferRow o) {
        return switch (o.status()) {
            case ACCEPTED, COUNTERED -> getTranslation("offer.summary.yes", String.format("%,d", o.quantity()),
                    o.hoursPerMonth(), Formats.date(o.startOn()));
            case DECLINED -> o.declineReason();
            default -> "";
        };
    }

    private void showForm(OfferRow offer) {
        form.setVisible(offer != null && offer.status() == OfferStatus.SENT);
        answer.clear();
        reason.clear();
    }

    void refresh() {
        List<OfferRow> mine = offers.mine();
        grid.setItems(mine);
        form.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portalOffers");
    }
}
