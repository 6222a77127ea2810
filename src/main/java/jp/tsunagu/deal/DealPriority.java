package jp.tsunagu.deal;

/** How soon the customer needs the work: each priority has its own SLA targets. */
public enum DealPriority {
    NORMAL,
    URGENT
}
