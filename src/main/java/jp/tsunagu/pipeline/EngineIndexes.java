package jp.tsunagu.pipeline;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine does not create but the inboxes need: every inbox sorts by due date, and without an
 * index PostgreSQL sorts all of a group's open tasks to show fifty. And one the engine itself needs: completing
 * a task looks for its sub-tasks by parent, which without an index reads every open task (2 ms at 15,000 open
 * tasks, growing with them: the pipeline slowed down as the inboxes filled). Created after the engine has made its
 * schema (Flyway runs before it), once; a second node starting at the same moment only logs the race.
 */
@Component
class EngineIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc, ProcessEngine engine) {
        // The engine is a parameter only so that it is built, with its tables, before this runs.
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            jdbc.execute("create index if not exists tsunagu_task_due_idx on act_ru_task (due_date_, id_)");
            jdbc.execute(
                    "create index if not exists tsunagu_task_assignee_due_idx on act_ru_task (assignee_, due_date_)");
            jdbc.execute("create index if not exists tsunagu_task_parent_idx on act_ru_task (parent_task_id_)");
            // The process map counts open tasks per step of a process from this index alone.
            jdbc.execute(
                    "create index if not exists tsunagu_task_def_key_idx on act_ru_task (proc_def_id_, task_def_key_)");
        } catch (DataAccessException e) {
            log.warn("Could not create the indexes on the engine's task table: {}", e.getMessage());
        }
    }
}
