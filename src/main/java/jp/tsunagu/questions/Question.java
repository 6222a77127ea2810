package jp.tsunagu.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.tsunagu.deal.Party;

/** A question on a deal, from anyone on it; once answered it is part of the deal's FAQ. */
@Entity
@Table(name = "deal_question")
class Question {

    static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "asked_by", nullable = false)
    private String askedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "asked_party", nullable = false)
    private Party askedParty;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionState state = QuestionState.OPEN;

    @Column(name = "asked_customer_at")
    private Instant askedCustomerAt;

    @Column(length = TEXT_MAX)
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Question() {}

    Question(long dealId, String askedBy, Party askedParty, String text, Instant now) {
        this.dealId = dealId;
        this.askedBy = askedBy;
        this.askedParty = askedParty;
        this.text = text;
        this.askedAt = now;
    }

    void askCustomer(Instant now) {
        this.state = QuestionState.WAITING_CUSTOMER;
        this.askedCustomerAt = now;
    }

    void answer(String answer, String by, Instant now) {
        this.state = QuestionState.ANSWERED;
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    QuestionRow toRow(String askedByName, String answeredByName) {
        return new QuestionRow(
                id,
                version,
                dealId,
                askedByName,
                askedParty,
                askedAt,
                text,
                state,
                askedCustomerAt,
                answer,
                answeredByName,
                answeredAt);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getDealId() {
        return dealId;
    }

    Party getAskedParty() {
        return askedParty;
    }

    String getAskedBy() {
        return askedBy;
    }

    String getAnsweredBy() {
        return answeredBy;
    }

    QuestionState getState() {
        return state;
    }

    String getText() {
        return text;
    }
}
