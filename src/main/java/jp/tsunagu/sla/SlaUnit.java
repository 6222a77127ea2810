package jp.tsunagu.sla;

/** What an SLA's duration counts. */
public enum SlaUnit {
    BUSINESS_DAYS,
    BUSINESS_HOURS
}
