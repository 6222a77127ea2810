package jp.tsunagu.deal;

/**
 * A deal ended (lost, or completed), published inside the transaction that ends it: work still waiting on it elsewhere
 * (offers out to facilities) is withdrawn in the same transaction.
 */
public record DealClosed(long dealId, DealStatus status, DealStage stage) {}
