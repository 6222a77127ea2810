package jp.tsunagu.deal;

/** What a task row needs to know of its deal. */
public record DealSummary(Long id, String title, String customerName, WorkCategory category, long monthlyAmount) {}
