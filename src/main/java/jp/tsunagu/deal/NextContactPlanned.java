package jp.tsunagu.deal;

import java.time.LocalDate;

/**
 * A deal's next contact with the customer was set (a nurturing decision, or an activity with a next action):
 * the pipeline moves the deal's nurturing reminder to that day.
 */
public record NextContactPlanned(long dealId, LocalDate on) {}
