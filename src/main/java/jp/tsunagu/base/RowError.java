package jp.tsunagu.base;

/** One problem on one line of an imported file (line 1 is the header), named by its column. */
public record RowError(int line, String column, String message) {}
