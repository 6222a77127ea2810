package jp.tsunagu.pipeline;

import jp.tsunagu.deal.DealStage;

/**
 * What an inbox shows: a scope, and optionally a text in the deal or customer, a stage, overdue only, due today
 * only. Tasks whose follow-up date (次に見る日) is still ahead stay out unless {@code includeLater}.
 */
public record InboxFilter(
        InboxScope scope, String text, DealStage stage, boolean overdueOnly, boolean dueToday, boolean includeLater) {

    public InboxFilter(InboxScope scope, String text, DealStage stage, boolean overdueOnly) {
        this(scope, text, stage, overdueOnly, false, false);
    }

    public static InboxFilter of(InboxScope scope) {
        return new InboxFilter(scope, "", null, false);
    }

    public InboxFilter withScope(InboxScope other) {
        return new InboxFilter(other, text, stage, overdueOnly, dueToday, includeLater);
    }
}
