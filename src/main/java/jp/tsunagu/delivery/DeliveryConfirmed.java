package jp.tsunagu.delivery;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The intermediary confirmed a batch the facility had reported, inside that transaction: the facility's workers and
 * hours on it belong to its wage ledger for the month it delivered.
 */
public record DeliveryConfirmed(long facilityId, YearMonth month, int workers, BigDecimal hours) {}
