package jp.tsunagu.sla;

/** What the sweep found due on a clock: the first and second warning, and the breach. */
enum ClockEvent {
    WARNING,
    AT_RISK,
    BREACH
}
