package jp.tsunagu.trial;

/** Why a briefing is held: to start the trial, or because the procedure changed during the work. */
public enum BriefingKind {
    TRIAL,
    PROCEDURE_CHANGE
}
