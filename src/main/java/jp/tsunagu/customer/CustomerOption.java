package jp.tsunagu.customer;

/** A customer as a choice in a list: id and name only. */
public record CustomerOption(Long id, String name) {}
