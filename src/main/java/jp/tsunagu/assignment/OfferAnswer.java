package jp.tsunagu.assignment;

import java.time.LocalDate;

/** A facility's answer: yes as asked, yes with its own quantity and start, or no with a reason. */
public record OfferAnswer(
        OfferStatus answer, Integer quantity, Integer hoursPerMonth, LocalDate startOn, String declineReason) {}
