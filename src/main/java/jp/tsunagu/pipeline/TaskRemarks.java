package jp.tsunagu.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Short remarks an inbox row shows beside the deal, contributed by another feature: which batch a delivery
 * task is for, that it is late, that it came short. One query per page, not one per row.
 */
public interface TaskRemarks {

    /** A message key with its parameters; {@code alert} remarks are shown in red. */
    record Remark(String messageKey, boolean alert, Object... params) {}

    Map<String, List<Remark>> of(Collection<String> taskIds);
}
