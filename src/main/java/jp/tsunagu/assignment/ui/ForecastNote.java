package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import jp.tsunagu.assignment.AnswerForecast;
import jp.tsunagu.assignment.Candidate;
import jp.tsunagu.base.ui.Formats;

/**
 * Under the offer button, before anything is sent: the picked facilities that would, by their own history, likely
 * answer after the deal's assignment deadline.
 */
class ForecastNote extends Div {

    private final AnswerForecast forecast;
    private final long dealId;

    ForecastNote(AnswerForecast forecast, long dealId) {
        this.forecast = forecast;
        this.dealId = dealId;
        setId("offer-forecast");
        addClassName("offer-forecast");
        setVisible(false);
    }

    void show(Collection<Candidate> picked, LocalDate answerBy) {
        removeAll();
        Map<Long, AnswerForecast.Forecast> byFacility = forecast.forOffers(
                dealId, picked.stream().map(Candidate::facilityId).toList(), answerBy);
        UnorderedList late = new UnorderedList();
        for (Candidate c : picked) {
            AnswerForecast.Forecast f = byFacility.get(c.facilityId());
            if (f != null && f.late()) {
                late.add(new ListItem(getTranslation(
                        "offer.forecast.late.one",
                        c.name(),
                        String.format("%.1f", f.p90Seconds() / 3600.0),
                        f.answers(),
                        Formats.dateTime(f.likelyAnswer()))));
            }
        }
        if (late.getChildren().findAny().isPresent()) {
            Paragraph head = new Paragraph(getTranslation(
                    "offer.forecast.late",
                    Formats.dateTime(byFacility.values().iterator().next().deadline())));
            head.addClassName("forecast-late");
            add(head, late);
            setVisible(true);
        } else if (!byFacility.isEmpty()) {
            add(new Paragraph(getTranslation("offer.forecast.onTime")));
            setVisible(true);
        } else {
            setVisible(false);
        }
    }
}
