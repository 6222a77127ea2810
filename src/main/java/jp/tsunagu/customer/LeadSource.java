package jp.tsunagu.customer;

/** Where a lead came from. */
public enum LeadSource {
    REFERRAL,
    WEBSITE,
    EVENT,
    JOB_POSTING,
    OUTBOUND,
    INTERMEDIARY,
    OTHER
}
