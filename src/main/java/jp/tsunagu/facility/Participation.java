package jp.tsunagu.facility;

/** Whether a facility takes part in the programme now. */
public enum Participation {
    ACTIVE,
    PAUSED,
    LEFT
}
