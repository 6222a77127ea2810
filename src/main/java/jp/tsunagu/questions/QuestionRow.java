package jp.tsunagu.questions;

import java.time.Instant;
import jp.tsunagu.deal.Party;

/** A question as the deal page and the facility portal show it. */
public record QuestionRow(
        long id,
        long version,
        long dealId,
        String askedBy,
        Party askedParty,
        Instant askedAt,
        String text,
        QuestionState state,
        Instant askedCustomerAt,
        String answer,
        String answeredBy,
        Instant answeredAt) {}
