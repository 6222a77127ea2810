package jp.tsunagu.deal;

import java.util.List;

/** One column of the pipeline board: a step, how many open deals stand there and their monthly demand. */
public record BoardColumn(DealStage stage, long count, long monthlyTotal, List<DealListItem> cards) {}
