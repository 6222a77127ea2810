package jp.tsunagu.base;

/** Small rules for typed text that every feature shares. */
public final class Texts {

    private Texts() {}

    /** A blank entry means "none": null; anything else without the spaces around it. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
