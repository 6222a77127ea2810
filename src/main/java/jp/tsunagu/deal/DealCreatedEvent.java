package jp.tsunagu.deal;

/** Published inside the transaction that saved a new deal; the pipeline starts its process on it. */
public record DealCreatedEvent(long dealId, WorkCategory category) {}
