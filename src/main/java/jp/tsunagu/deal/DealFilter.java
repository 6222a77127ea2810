package jp.tsunagu.deal;

/** What the deal list is narrowed to; null parts match everything. */
public record DealFilter(String text, DealStatus status, DealStage stage, WorkCategory category, boolean onlyMine) {

    public static DealFilter all() {
        return new DealFilter("", null, null, null, false);
    }
}
