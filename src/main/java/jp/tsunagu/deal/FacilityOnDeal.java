package jp.tsunagu.deal;

/**
 * Whether the current facility user's facility is one of a deal's people: its offer is open, it said yes, or it was
 * assigned work on the deal. Features
 * that show a facility part of a deal (the job sheet) ask it; the assignment feature, which knows the offers, answers.
 */
public interface FacilityOnDeal {

    boolean currentFacilityOnDeal(long dealId);
}
