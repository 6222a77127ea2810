package jp.tsunagu.customer;

/** A customer's size by employees: fewer than 20, 20–99, 100–299, 300 or more. */
public enum CompanySize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
