package jp.tsunagu.assignment;

import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds facilities of offers whose answer is due tomorrow, every ten minutes from 09:00. */
@Component
class OfferReminders {

    private final OfferLifecycle offers;

    OfferReminders(OfferLifecycle offers) {
        this.offers = offers;
    }

    @Scheduled(
            fixedDelayString = "${tsunagu.notices.reminder-poll:PT10M}",
            initialDelayString = "${tsunagu.notices.reminder-poll:PT10M}")
    void run() {
        try {
            offers.remindDueOffers();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(OfferReminders.class).warn("Offer reminders: {}", e.getMessage());
        }
    }
}
