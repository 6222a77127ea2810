package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tsunagu.assignment.AnswerForecast;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Before offers go out: which facilities would, by their own history, likely answer after the deal's deadline. */
@RestController
@Tag(name = "Assignment")
class OfferForecastApi {

    private final AnswerForecast forecast;

    OfferForecastApi(AnswerForecast forecast) {
        this.forecast = forecast;
    }

    @GetMapping("/api/deals/{dealId}/offer-forecast")
    @Operation(
            summary = "For each facility with three answers or more: the 90th percentile of its answer time in"
                    + " business seconds, when it would likely answer if asked now, and whether that is late")
    Map<Long, AnswerForecast.Forecast> forecast(
            @PathVariable long dealId,
            @RequestParam List<Long> facilityIds,
            @RequestParam(required = false) LocalDate answerBy) {
        return forecast.forOffers(dealId, facilityIds, answerBy);
    }
}
