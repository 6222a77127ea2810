package jp.tsunagu.notification;

import java.time.LocalDate;

/** Whether a day is a business day of the company (the SLA feature's calendar answers): digests skip the others. */
public interface BusinessDays {

    boolean isBusinessDay(LocalDate day);
}
