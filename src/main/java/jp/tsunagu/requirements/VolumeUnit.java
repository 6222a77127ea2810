package jp.tsunagu.requirements;

/** How a job's volume is counted. */
public enum VolumeUnit {
    PIECES_PER_MONTH,
    HOURS_PER_MONTH
}
