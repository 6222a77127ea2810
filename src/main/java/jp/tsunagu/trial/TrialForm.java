package jp.tsunagu.trial;

import java.time.LocalDate;

/** The trial's plan: how many sample pieces, by when, with what instructions. */
public record TrialForm(Integer sampleQuantity, LocalDate dueOn, String instructions) {}
