package jp.tsunagu.requirements;

/** How much is known of one requirement. */
public enum ItemState {
    KNOWN,
    UNKNOWN,
    WAITING
}
