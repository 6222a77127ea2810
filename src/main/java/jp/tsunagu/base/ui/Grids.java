package jp.tsunagu.base.ui;

/** What the long, lazily loaded lists (inbox, deal list, facilities) share. */
public final class Grids {

    /**
     * Rows fetched at a time: a screen shows about twenty, and every fetched row is sent and kept in the session (and
     * in Vaadin's copy of the last response) until it scrolls away; Vaadin's default is fifty.
     */
    public static final int PAGE_SIZE = 25;

    private Grids() {}
}
