package jp.tsunagu.customer;

/** A contact as the customer page lists it. */
public record ContactRow(long id, String name, String role, String email, String phone) {}
