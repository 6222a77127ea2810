package jp.tsunagu.trial;

/** One facility's trial result as entered: pieces done, minutes taken, workers, errors found. */
public record ResultForm(Integer piecesDone, Integer minutesTaken, Integer workers, Integer errors, String note) {}
