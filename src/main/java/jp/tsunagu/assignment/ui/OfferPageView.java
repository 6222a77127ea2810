package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.assignment.OfferAnswer;
import jp.tsunagu.assignment.OfferAnswers;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.deal.Party;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.CalendarService;

/**
 * One offer as the facility reads it, at an address of its own (a notice links here): the deadline and the business
 * time left, the answer in one form whose every error shows beside its field, then the job itself and its questions
 * (sections the requirements and questions features contribute). Prints on A4 from the browser.
 */
@Route("portal/offers/:offerId")
@RolesAllowed(AppRoles.FACILITY)
class OfferPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The reasons a facility usually gives; "other" asks for the text. */
    static final List<String> DECLINE_REASONS = List.of("busy", "skills", "deadline", "price", "other");

    private static final ZoneId TOKYO = Application.TOKYO;

    private final OfferService offers;
    private final OfferAnswers answers;
    private final CalendarService calendars;
    private final List<FacilityDealSection> sections;
    private final Clock clock;
    private String title = "";

    final RadioButtonGroup<OfferStatus> answer = new RadioButtonGroup<>();
    final IntegerField quantity = new IntegerField();
    final IntegerField hours = new IntegerField();
    final DatePicker start;
    final Select<String> reasonKind = new Select<>();
    final TextField reason = new TextField();
    final Button send = new Button();

    OfferPageView(
            OfferService offers,
            OfferAnswers answers,
            CalendarService calendars,
            List<FacilityDealSection> sections,
            Clock clock) {
        this.offers = offers;
        this.answers = answers;
        this.calendars = calendars;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(FacilityDealSection::order))
                .toList();
        this.clock = clock;
        this.start = DatePickers.create(getTranslation("offer.start"), getLocale());
        addClassName("offer-page");
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OfferRow offer;
        try {
            offer = offers.mineOne(
                    Long.parseLong(event.getRouteParameters().get("offerId").orElse("")));
        } catch (NumberFormatException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = offer.dealTitle();
        show(offer);
    }

    private void show(OfferRow offer) {
        removeAll();
        Anchor back = new Anchor("portal/offers", "← " + getTranslation("nav.portalOffers"));
        back.addClassName("no-print");
        H2 heading = new H2(offer.dealTitle());
        heading.setId("offer-title");
        Button print = new Button(getTranslation("offer.page.print"), VaadinIcon.PRINT.create(), e -> getElement()
                .executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("offer-print");
        Div head = new Div(
                Badges.of(
                        getTranslation("offer.status." + offer.status()),
                        offer.status() == OfferStatus.SENT
                                ? "sla-warn"
                                : offer.status().isYes() ? "status-completed" : "stage"),
                OfferTexts.deadline(this, offer, calendars.workingTime(Party.FACILITY), clock.instant()));
        head.addClassName("offer-head");
        add(back, heading, head, print);
        // The job first, then the answer, then the questions: read, decide, or ask before deciding.
        sections.stream().filter(s -> s.order() < 50).forEach(s -> add(s.create(offer.dealId())));
        if (offers.answerable(offer)) {
            add(answerForm(offer));
        } else if (offer.status() != OfferStatus.SENT) {
            Paragraph answered = new Paragraph(OfferTexts.summary(this, offer));
            answered.setId("offer-answered");
            add(answered);
        } else {
            Paragraph closed = new Paragraph(getTranslation("offer.dealClosed"));
            closed.setId("offer-answered");
            add(closed);
        }
        sections.stream().filter(s -> s.order() >= 50).forEach(s -> add(s.create(offer.dealId())));
    }

    private Div answerForm(OfferRow offer) {
        Div form = new Div();
        form.setId("offer-answer-form");
        form.addClassName("offer-answer-form");
        answer.setLabel(getTranslation("offer.answer"));
        answer.setItems(OfferStatus.ACCEPTED, OfferStatus.COUNTERED, OfferStatus.DECLINED);
        answer.setItemLabelGenerator(s -> getTranslation("offer.choose." + s));
        answer.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        answer.setRequiredIndicatorVisible(true);
        answer.setId("offer-answer");
        quantity.setLabel(getTranslation("assignment.share.quantity"));
        quantity.setMin(1);
        quantity.setId("offer-quantity");
        quantity.setHelperText(getTranslation("offer.page.quantity.help"));
        hours.setLabel(getTranslation("assignment.share.hours"));
        hours.setMin(1);
        hours.setId("offer-hours");
        start.setId("offer-start");
        reasonKind.setLabel(getTranslation("offer.reason"));
        reasonKind.setItems(DECLINE_REASONS);
        reasonKind.setItemLabelGenerator(k -> getTranslation("offer.reason." + k));
        reasonKind.setId("offer-reason-kind");
        reason.setLabel(getTranslation("offer.page.reasonText"));
        reason.setMaxLength(200);
        reason.setId("offer-reason");
        for (Component field : List.<Component>of(quantity, hours, start, reasonKind, reason)) {
            field.setVisible(false);
        }
        answer.addValueChangeListener(e -> {
            boolean no = e.getValue() == OfferStatus.DECLINED;
            boolean oneTap = e.getValue() == OfferStatus.ACCEPTED && offer.carriesShare();
            reasonKind.setVisible(no);
            reason.setVisible(no);
            quantity.setVisible(!no && !oneTap);
            hours.setVisible(!no && !oneTap);
            start.setVisible(!no && !oneTap);
            clearErrors();
        });
        send.setText(getTranslation("offer.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setId("offer-send");
        send.addClickListener(e -> submit(offer));
        Div fields = new Div(quantity, hours, start, reasonKind, reason);
        fields.addClassName("offer-fields");
        Paragraph share = new Paragraph(
                offer.carriesShare()
                        ? getTranslation(
                                "offer.page.share", String.format("%,d", offer.offeredQuantity()), offer.offeredHours())
                        : getTranslation("offer.page.noQuantity"));
        share.setId("offer-share");
        if (offer.carriesShare()) {
            // "Accept" takes the share asked; "accept with conditions" starts from it.
            quantity.setValue(offer.offeredQuantity());
            hours.setValue(offer.offeredHours());
        }
        form.add(new H3(getTranslation("offer.answer")), share, answer, fields, send);
        return form;
    }

    /** Every rule is checked at once and shown beside its field; the service has the last word, also beside one. */
    private void submit(OfferRow offer) {
        clearErrors();
        boolean ok = true;
        if (answer.getValue() == null) {
            ok = error(answer, "offer.answer.required");
        } else if (answer.getValue() == OfferStatus.DECLINED) {
            if (reasonKind.getValue() == null) {
                ok = error(reasonKind, "offer.reason.required");
            } else if ("other".equals(reasonKind.getValue())
                    && reason.getValue().isBlank()) {
                ok = error(reason, "offer.page.reasonText.required");
            }
        } else if (answer.getValue() == OfferStatus.ACCEPTED && offer.carriesShare()) {
            // One tap: the share asked, from the job's start.
            quantity.clear();
            hours.clear();
            start.clear();
        } else {
            if (quantity.getValue() == null || quantity.getValue() <= 0) {
                ok = error(quantity, "offer.quantity.required");
            }
            if (hours.getValue() == null || hours.getValue() <= 0) {
                ok = error(hours, "offer.hours.required");
            }
            if (start.getValue() == null) {
                ok = error(start, "offer.start.required");
            }
        }
        if (!ok) {
            return;
        }
        String why = reasonKind.getValue() == null
                ? null
                : getTranslation("offer.reason." + reasonKind.getValue())
                        + (reason.getValue().isBlank()
                                ? ""
                                : "：" + reason.getValue().strip());
        try {
            answers.answer(
                    offer.id(),
                    new OfferAnswer(
                            answer.getValue(),
                            quantity.getValue(),
                            hours.getValue(),
                            start.getValue(),
                            answer.getValue() == OfferStatus.DECLINED ? why : null));
        } catch (UserFacingException refusal) {
            Refusals.showBeside(
                    refusal, Map.of("quantity", quantity, "hours", hours, "start", start, "reason", reason), this);
            return;
        }
        Notifications.success(getTranslation("offer.sent"));
        show(offers.mineOne(offer.id()));
    }

    private boolean error(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(answer, quantity, hours, start, reasonKind, reason)) {
            f.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offer.page.title", title);
    }
}
