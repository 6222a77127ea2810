package jp.tsunagu.sla;

import jp.tsunagu.deal.DealStage;

/**
 * The kind of agreement a hand-off's clock keeps, by the leg of the three parties it lies on: toward the customer
 * (SLA: lead and requirements), between the company and the intermediary (OLA: hand-over, assignment, trial and its
 * evaluation, QA), and toward a facility as supplier (UC: its answer to an offer, its deliveries and rework).
 */
public enum AgreementKind {
    SLA,
    OLA,
    UC;

    public static AgreementKind of(DealStage stage) {
        return switch (stage) {
            case LEAD, REQUIREMENTS -> SLA;
            case OFFER, DELIVERY, REWORK -> UC;
            default -> OLA;
        };
    }
}
