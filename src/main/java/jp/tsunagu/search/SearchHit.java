package jp.tsunagu.search;

/**
 * One search result: what it is, its title and a line of context, and the page it opens (a path such as
 * {@code deals/12}).
 */
public record SearchHit(SearchKind kind, long id, String title, String context, String link) {}
