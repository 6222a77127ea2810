package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealStage;

/** What an inbox shows: a scope, and optionally a text in the deal or customer, a stage, overdue only. */
public record InboxFilter(InboxScope scope, String text, DealStage stage, boolean overdueOnly) {

    public static InboxFilter of(InboxScope scope) {
        return new InboxFilter(scope, "", null, false);
    }
}
