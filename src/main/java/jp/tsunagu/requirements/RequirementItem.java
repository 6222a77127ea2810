package jp.tsunagu.requirements;

/** The items of a requirements sheet that may be known, unknown, or waiting for the customer's answer. */
public enum RequirementItem {
    DESCRIPTION,
    SKILLS,
    VOLUME,
    WORKERS,
    STAFF,
    FACILITIES,
    QUALITY,
    START,
    ASSIGN_BY,
    DELIVERY,
    FORMAT,
    TOOLS,
    SECURITY,
    PRICE
}
