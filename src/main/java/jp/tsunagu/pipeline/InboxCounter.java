package jp.tsunagu.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts an inbox up to a cap. An exact count of a million open tasks costs more than the page itself, and
 * nobody needs to know more than "1,000 or more"; the engine's own count cannot stop early, this one can.
 * Same filters as the engine query in {@link TaskInboxService}; a test keeps the two in step.
 */
@Component
class InboxCounter {

    static final int CAP = 1000;

    /**
     * One count's conditions: {@code assignees} for my tasks, else {@code groups} for my groups' unclaimed tasks,
     * else (both null) every open task; the rest narrow it when not null.
     */
    record Criteria(
            Collection<String> assignees,
            Collection<String> groups,
            String taskKey,
            Instant dueAfter,
            Instant dueBefore,
            Instant followUpBy,
            List<String> businessKeys) {}

    private final NamedParameterJdbcTemplate jdbc;

    InboxCounter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(Criteria c) {
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from act_ru_task t "
                + "join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ in (:processes) ");
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("processes", List.of(PipelineTask.PROCESS_KEY, Escalations.PROCESS_KEY, Offers.PROCESS_KEY));
        if (c.assignees() != null) {
            sql.append("and t.assignee_ in (:assignees) ");
            params.addValue("assignees", c.assignees());
        } else if (c.groups() != null) {
            sql.append("and t.assignee_ is null and exists (select 1 from act_ru_identitylink i "
                    + "where i.task_id_ = t.id_ and i.type_ = 'candidate' and i.group_id_ in (:groups)) ");
            params.addValue("groups", c.groups());
        }
        if (c.taskKey() != null) {
            sql.append("and t.task_def_key_ = :taskKey ");
            params.addValue("taskKey", c.taskKey());
        }
        if (c.dueAfter() != null) {
            sql.append("and t.due_date_ > :dueAfter ");
            params.addValue("dueAfter", Timestamp.from(c.dueAfter()));
        }
        if (c.dueBefore() != null) {
            sql.append("and t.due_date_ < :dueBefore ");
            params.addValue("dueBefore", Timestamp.from(c.dueBefore()));
        }
        if (c.followUpBy() != null) {
            sql.append("and (t.follow_up_date_ is null or t.follow_up_date_ < :followUpBy) ");
            params.addValue("followUpBy", Timestamp.from(c.followUpBy()));
        }
        if (c.businessKeys() != null) {
            sql.append("and t.proc_inst_id_ in (select e.id_ from act_ru_execution e where e.parent_id_ is null "
                    + "and e.business_key_ in (:keys)) ");
            params.addValue("keys", c.businessKeys());
        }
        sql.append("limit ").append(CAP).append(") capped");
        Integer n = jdbc.queryForObject(sql.toString(), params, Integer.class);
        return n == null ? 0 : n;
    }
}
