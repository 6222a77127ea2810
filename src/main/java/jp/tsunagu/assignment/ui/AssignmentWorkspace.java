package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsunagu.assignment.AnswerForecast;
import jp.tsunagu.assignment.AssignmentSearches;
import jp.tsunagu.assignment.AssignmentService;
import jp.tsunagu.assignment.Candidate;
import jp.tsunagu.assignment.MatchRequest;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.assignment.WageTierOutlook;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Refusals;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.facility.SkillOption;

/**
 * The intermediary's assignment workspace: state what the job needs, see the facilities ranked with the
 * reasons, pick one or more, split the quantity and hours between them, and confirm, which moves the deal
 * on to the trial.
 */
class AssignmentWorkspace extends VerticalLayout {

    final MultiSelectComboBox<SkillOption> skills = new MultiSelectComboBox<>();
    final IntegerField workers = new IntegerField();
    final IntegerField hours = new IntegerField();
    final IntegerField quantity = new IntegerField();
    final DatePicker start;
    final DatePicker end;
    final TextField town = new TextField();
    final CandidateGrid candidates;
    final ForecastNote forecastNote;
    final Button confirm = new Button();
    final Button sendOffers = new Button();
    final DatePicker answerBy;
    final Grid<OfferRow> offerGrid = new Grid<>();
    private final Clock clock;

    AssignmentWorkspace(
            DealDetails deal,
            Matching matching,
            AssignmentService assignments,
            OfferService offers,
            AssignmentSearches searches,
            List<SkillOption> all,
            WageTierOutlook outlook,
            AnswerForecast forecast,
            Clock clock) {
        this.clock = clock;
        this.candidates = new CandidateGrid(outlook, deal.id());
        this.forecastNote = new ForecastNote(forecast, deal.id());
        setPadding(false);
        setId("assignment-workspace");
        skills.setLabel(getTranslation("assignment.skills"));
        skills.setItems(
                all.stream().filter(s -> s.category() == deal.category()).toList());
        skills.setItemLabelGenerator(s -> s.name(getLocale()));
        workers.setLabel(getTranslation("assignment.workers"));
        workers.setId("assignment-workers");
        hours.setLabel(getTranslation("assignment.hours"));
        quantity.setLabel(getTranslation("assignment.quantity"));
        quantity.setId("assignment-quantity");
        start = DatePickers.create(getTranslation("assignment.start"), getLocale());
        end = DatePickers.create(getTranslation("assignment.end"), getLocale());
        town.setLabel(getTranslation("assignment.town"));
        // The conditions come from the requirements sheet until the intermediary changes them; then they stay.
        AssignmentSearches.Conditions known = searches.of(deal.id());
        Set<Long> askedSkills = known.skillIds();
        skills.setValue(all.stream().filter(s -> askedSkills.contains(s.id())).collect(Collectors.toSet()));
        workers.setValue(known.workers());
        hours.setValue(known.hours());
        quantity.setValue(known.quantity());
        start.setValue(known.start());
        end.setValue(known.end());
        town.setValue(known.town() == null ? "" : known.town());
        Paragraph from = new Paragraph(
                getTranslation(known.saved() ? "assignment.search.saved" : "assignment.search.fromSheet"));
        from.addClassName("muted");
        from.setId("search-source");
        Button search = new Button(getTranslation("assignment.search"), e -> {
            if (!Refusals.attempt(
                    conditionFields(),
                    this,
                    () -> searches.save(
                            deal.id(),
                            new AssignmentSearches.Conditions(
                                    skills.getValue().stream()
                                            .map(SkillOption::id)
                                            .collect(Collectors.toSet()),
                                    workers.getValue() == null ? 0 : workers.getValue(),
                                    hours.getValue() == null ? 0 : hours.getValue(),
                                    quantity.getValue(),
                                    start.getValue(),
                                    end.getValue(),
                                    town.getValue(),
                                    true)))) {
                return;
            }
            from.setText(getTranslation("assignment.search.saved"));
            search(deal, matching);
        });
        search.setId("assignment-search");
        FormLayout request = new FormLayout(skills, workers, hours, quantity, start, end, town);

        confirm.setText(getTranslation("assignment.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("assignment-confirm");
        confirm.addClickListener(e -> {
            List<Split> splits = new ArrayList<>();
            for (Candidate c : candidates.getSelectedItems()) {
                IntegerField[] f = shareFields(c);
                splits.add(new Split(c.facilityId(), f[0].getValue(), f[1].getValue()));
            }
            if (!Refusals.attempt(
                    withShares(conditionFields()),
                    this,
                    () -> assignments.confirm(
                            deal.id(), splits, quantity.getValue(), start.getValue(), end.getValue()))) {
                return;
            }
            Notifications.success(getTranslation("assignment.confirmed", splits.size()));
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        answerBy = DatePickers.create(getTranslation("offer.deadline"), getLocale());
        answerBy.setValue(LocalDate.now(clock).plusDays(3));
        answerBy.setId("offer-deadline");
        // Which picked facilities would likely answer too late, said before the offers go out.
        Runnable forecastAgain = () -> forecastNote.show(candidates.getSelectedItems(), answerBy.getValue());
        candidates.addSelectionListener(e -> forecastAgain.run());
        answerBy.addValueChangeListener(e -> forecastAgain.run());
        sendOffers.setText(getTranslation("offer.sendTo"));
        sendOffers.setId("send-offers");
        sendOffers.addClickListener(e -> {
            // The share typed for a facility goes with its offer; without one the facility proposes its own.
            List<Split> offered = candidates.getSelectedItems().stream()
                    .map(c -> {
                        IntegerField[] f = shareFields(c);
                        return new Split(c.facilityId(), f[0].getValue(), f[1].getValue());
                    })
                    .toList();
            if (!Refusals.attempt(
                    withShares(Map.of("answerBy", answerBy)),
                    this,
                    () -> offers.send(deal.id(), answerBy.getValue(), offered))) {
                return;
            }
            Notifications.success(getTranslation("offer.sentTo", offered.size()));
            showOffers(offers.of(deal.id()));
        });
        offerGrid.setId("offer-grid");
        offerGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        offerGrid
                .addColumn(OfferRow::facilityName)
                .setHeader(getTranslation("assignment.facility"))
                .setFlexGrow(2);
        offerGrid
                .addColumn(o -> getTranslation("offer.status." + o.status()))
                .setHeader(getTranslation("offer.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        offerGrid
                .addColumn(o -> o.status().isYes()
                        ? getTranslation(
                                "offer.summary.yes",
                                String.format("%,d", o.quantity()),
                                o.hoursPerMonth(),
                                Formats.date(o.startOn()))
                        : o.declineReason() == null ? "" : o.declineReason())
                .setHeader(getTranslation("offer.answer"))
                .setFlexGrow(3);
        offerGrid
                .addColumn(o -> Formats.date(o.answerDeadline()))
                .setHeader(getTranslation("offer.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        offerGrid.setAllRowsVisible(true);
        HorizontalLayout offerBar = new HorizontalLayout(answerBy, sendOffers);
        offerBar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(
                new H3(getTranslation("assignment.title")),
                new Paragraph(getTranslation("assignment.explain")),
                from,
                request,
                search,
                candidates.favourLift,
                candidates,
                offerBar,
                forecastNote,
                offerGrid,
                confirm);
        search(deal, matching);
        showOffers(offers.of(deal.id()));
    }

    void search(DealDetails deal, Matching matching) {
        MatchRequest r = new MatchRequest(
                deal.category(),
                skills.getValue().stream().map(SkillOption::id).collect(Collectors.toSet()),
                workers.getValue() == null ? 1 : workers.getValue(),
                hours.getValue() == null ? 1 : hours.getValue(),
                start.getValue() == null ? LocalDate.now(clock) : start.getValue(),
                end.getValue() == null ? LocalDate.now(clock).plusMonths(1) : end.getValue(),
                town.getValue());
        candidates.show(matching.rank(r, 20));
    }

    /** The offers and their answers; a yes fills in the facility's share with what it proposed. */
    void showOffers(List<OfferRow> rows) {
        offerGrid.setItems(rows);
        offerGrid.setVisible(!rows.isEmpty());
        rows.stream().filter(o -> o.status().isYes()).forEach(o -> {
            IntegerField[] f = candidates.shareFields(o.facilityId());
            f[0].setValue(o.quantity());
            f[1].setValue(o.hoursPerMonth());
        });
    }

    /** The search's fields by the names the services give them in a refusal. */
    private Map<String, HasValidation> conditionFields() {
        return Map.of(
                "workers", workers, "hours", hours, "quantity", quantity, "start", start, "end", end, "town", town);
    }

    /** {@code fields} and each facility's share ({@code share.<facility id>}, shown beside its quantity). */
    private Map<String, HasValidation> withShares(Map<String, HasValidation> fields) {
        Map<String, HasValidation> all = new HashMap<>(fields);
        candidates.shares().forEach((id, f) -> all.put("share." + id, f[0]));
        return all;
    }

    IntegerField[] shareFields(Candidate c) {
        return candidates.shareFields(c.facilityId());
    }
}
