package jp.tsunagu.deal;

/** Which side holds the work at a stage. */
public enum Party {
    /** The BPO company: its directors. */
    COMPANY,
    /** The intermediary organisation (共同受注窓口). */
    INTERMEDIARY,
    /** Both sides at once (the trial, run by the intermediary and judged by the director). */
    JOINT,
    /** A workshop answering an offer. */
    FACILITY
}
