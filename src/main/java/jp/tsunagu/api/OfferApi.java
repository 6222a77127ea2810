package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import jp.tsunagu.assignment.OfferAnswer;
import jp.tsunagu.assignment.OfferAnswers;
import jp.tsunagu.assignment.OfferRow;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.delivery.BatchRow;
import jp.tsunagu.delivery.FacilityDeliveries;
import jp.tsunagu.requirements.Requirements;
import jp.tsunagu.requirements.RequirementsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The facility's side, as its portal has it: the offers to its own facility, each with the whole job, the answer;
 * the batches of a job and the report of a delivery. Another facility's offer or batch is not found.
 */
@RestController
@Tag(name = "Offers and deliveries (facility)")
class OfferApi {

    private final OfferService offers;
    private final OfferAnswers answers;
    private final RequirementsService requirements;
    private final FacilityDeliveries deliveries;

    OfferApi(
            OfferService offers,
            OfferAnswers answers,
            RequirementsService requirements,
            FacilityDeliveries deliveries) {
        this.offers = offers;
        this.answers = answers;
        this.requirements = requirements;
        this.deliveries = deliveries;
    }

    /** An offer with its job: the requirements sheet's items, the open ones, and what the price pays a worker. */
    record OfferDetails(OfferRow offer, Requirements job) {}

    /** A delivery the facility reports: pieces, workers and their total hours. */
    record DeliveryReport(Integer pieces, Integer workers, BigDecimal hours) {}

    @GetMapping("/api/offers")
    @Operation(summary = "The offers to the caller's facility, newest first")
    List<OfferRow> mine() {
        return offers.mine();
    }

    @GetMapping("/api/offers/{id}")
    @Operation(summary = "One offer to the caller's facility, with the whole job while the offer is live")
    OfferDetails get(@PathVariable long id) {
        OfferRow offer = offers.mineOne(id);
        return new OfferDetails(
                offer, offers.openToMe(offer.dealId()) ? requirements.forFacility(offer.dealId()) : null);
    }

    @PostMapping("/api/offers/{id}/answer")
    @Operation(
            summary = "Answers an offer: ACCEPTED or COUNTERED with quantity, hours a month and start; DECLINED "
                    + "with a reason")
    OfferRow answer(@PathVariable long id, @RequestBody OfferAnswer answer) {
        answers.answer(id, answer);
        return offers.mineOne(id);
    }

    @GetMapping("/api/jobs/{dealId}/batches")
    @Operation(summary = "The caller's facility's batches of a job, the next one due first")
    List<BatchRow> batches(@PathVariable long dealId) {
        return deliveries.mine(dealId);
    }

    @PostMapping("/api/batches/{id}/report")
    @Operation(
            summary = "Reports the delivery of an open batch; the intermediary confirms it by recording the delivery")
    BatchRow report(@PathVariable long id, @RequestBody DeliveryReport report) {
        deliveries.report(id, report.pieces(), report.workers(), report.hours());
        return deliveries.mine(deliveries.dealOf(id)).stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
