package jp.tsunagu.pipeline;

import java.time.LocalDate;

/**
 * A person's decision on a task, with what the decision needs (a lost reason, a next contact date) and
 * the version of the deal they saw, so a deal changed under them is not silently overwritten.
 */
public record Completion(
        Outcome outcome, String lostReason, String lostNote, LocalDate nextContactOn, long dealVersion) {

    public static Completion of(Outcome outcome, long dealVersion) {
        return new Completion(outcome, null, null, null, dealVersion);
    }
}
