package jp.tsunagu.bench;

import jp.tsunagu.pipeline.PipelineTask;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database by SQL at the scale of the SLA benchmark: deals, open engine tasks with their
 * executions, candidate groups and clocks, and a year of completed hand-offs with their clocks. Driving
 * the engine a million times would take hours; the rows are what the engine itself would write.
 */
final class ScaleData {

    private final JdbcTemplate jdbc;

    ScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void fill(int deals, int openTasks, int completedHandOffs, String processDefinitionId) {
        exec("insert into customer (name, name_key, industry, prefecture, phone, created_at) "
                + "select 'ベンチ顧客' || g, 'ベンチ顧客' || g, '製造業', '静岡県', '054-000-0000', now() "
                + "from generate_series(1, 1000) g");
        exec("create temporary table bench_customer as select id, row_number() over (order by id) rn "
                + "from customer where name like 'ベンチ顧客%'");
        insertDeals(1, deals);
        exec("create temporary table bench_deal as select id, work_category, row_number() over (order by id) rn "
                + "from deal where title like 'ベンチ案件%'");
        exec("create index on bench_deal (rn)");

        // One open task per process instance; eight task kinds cycling, with their candidate groups.
        exec("create temporary table bench_task as select g, d.id deal_id, d.work_category, "
                + "(array['qualifyLead','defineRequirements','handOver','assignFacilities','runTrial','deliverWork',"
                + "'inspectQuality','reworkDelivery'])[1 + g % 8] task_key, "
                + "(array['LEAD','REQUIREMENTS','HANDOVER','ASSIGNMENT','TRIAL','DELIVERY','QA','REWORK'])[1 + g % 8] "
                + "stage, (array['DIRECTOR','DIRECTOR','DIRECTOR','INTERMEDIARY','DIRECTOR','INTERMEDIARY',"
                + "'DIRECTOR','INTERMEDIARY'])[1 + g % 8] grp, "
                + "localtimestamp - (g % 30000) * interval '1 minute' created "
                + "from generate_series(1, " + openTasks + ") g join bench_deal d on d.rn = 1 + g % " + deals);
        exec("insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_, "
                + "act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, "
                + "cached_ent_state_, sequence_counter_, proc_def_key_) select 'bx-' || g, 1, 'bx-' || g, 'bx-' || g, "
                + "deal_id::text, '" + processDefinitionId + "', task_key, true, false, true, false, 1, 0, 1, "
                + "'deal-pipeline' from bench_task");
        exec("insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, "
                + "assignee_, priority_, create_time_, last_updated_, due_date_, suspension_state_, task_state_) "
                + "select 'bt-' || g, 1, 'bx-' || g, 'bx-' || g, '" + processDefinitionId + "', task_key, task_key, "
                + "case when g % 10 = 0 then 'bench-user-' || (g % 200) end, 50, created, created, "
                + "created + interval '3 days', 1, 'Created' from bench_task");
        exec("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) "
                + "select 'bl-' || g, 1, grp, 'candidate', 'bt-' || g from bench_task");
        // Their clocks: mostly running, some at risk, breached or paused; due in the future so the sweep is idle.
        exec("insert into sla_clock (deal_id, task_id, stage, work_category, party, target_minutes, warn_minutes, "
                + "risk_minutes, minutes_per_day, state, warn_level, started_at, segment_start, used_before_seconds, "
                + "due_at, next_event_at, assignee) select deal_id, 'bt-' || g, stage, work_category, "
                + "case when grp = 'INTERMEDIARY' then 'INTERMEDIARY' else 'COMPANY' end, 1620, 810, 1296, 540, "
                + "(array['RUNNING','RUNNING','RUNNING','RUNNING','RUNNING','RUNNING','RUNNING','AT_RISK','AT_RISK',"
                + "'BREACHED','BREACHED','PAUSED'])[1 + g % 12], 0, created at time zone 'Asia/Tokyo', "
                + "created at time zone 'Asia/Tokyo', 0, now() + (1 + g % 5000) * interval '1 minute', "
                + "case when g % 12 < 9 then now() + (1 + g % 5000) * interval '1 minute' end, "
                + "case when g % 10 = 0 then 'bench-user-' || (g % 200) end from bench_task");
        // A year of completed hand-offs and their stopped clocks.
        exec("create temporary table bench_done as select g, d.id deal_id, d.work_category, "
                + "(array['LEAD','REQUIREMENTS','HANDOVER','ASSIGNMENT','TRIAL','DELIVERY','QA','REWORK'])[1 + g % 8] "
                + "stage, now() - (g % 525600) * interval '1 minute' stopped, ((g::bigint * 7919) % 8000)::int used "
                + "from generate_series(1, " + completedHandOffs + ") g join bench_deal d on d.rn = 1 + g % " + deals);
        exec("insert into hand_off (deal_id, task_id, from_stage, from_party, to_stage, to_party, cross_party, "
                + "created_at, created_by, completed_at, completed_by, outcome) select deal_id, 'bh-' || g, 'HANDOVER', "
                + "'COMPANY', stage, 'INTERMEDIARY', true, stopped - interval '2 days', 'bench-dir', stopped, "
                + "'bench-user', 'ASSIGNED' from bench_done");
        exec("insert into sla_clock (deal_id, task_id, stage, work_category, party, target_minutes, warn_minutes, "
                + "risk_minutes, minutes_per_day, state, warn_level, started_at, used_before_seconds, stopped_at, used_seconds) "
                + "select deal_id, 'bh-' || g, stage, work_category, 'INTERMEDIARY', 1620, 810, 1296, 540, "
                + "case when used <= 1620 then 'MET' else 'MISSED' end, 2, stopped - interval '2 days', 0, stopped, "
                + "used * 60 from bench_done");
        // The weekly lead-time histogram each of those stops would have added to.
        exec("insert into sla_leadtime_week (week, stage, work_category, bin, slot, n, met, paused_days) "
                + "select date_trunc('week', stopped at time zone 'Asia/Tokyo')::date, stage, work_category, "
                + "least(1000, used * 5 / 540), deal_id % 8, count(*), count(*) filter (where used <= 1620), 0 "
                + "from bench_done group by 1, 2, 3, 4, 5 on conflict (week, stage, work_category, bin, slot) do update set "
                + "n = sla_leadtime_week.n + excluded.n, met = sla_leadtime_week.met + excluded.met");
        // Measure the steady state, not autovacuum catching up with five million fresh rows.
        exec("vacuum analyze");
    }

    /** The id of the deployed deal pipeline, which the filled engine rows belong to. */
    static String pipelineDefinition(RepositoryService repository) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(PipelineTask.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getId();
    }

    /**
     * Deals {@code from}..{@code to} as an office's two years look: leads spread over 730 days, three in ten
     * ordered and two in ten lost within three months, twenty directors and ten intermediary staff, the kinds of
     * work as in the report (PC three in five).
     */
    void insertDeals(int from, int to) {
        exec("insert into deal (customer_id, title, work_category, order_type, monthly_amount, stage, status, "
                + "director, intermediary, created_at, updated_at, lead_on, demand_amount, ordered_on, ordered_amount, "
                + "lost_on, stage_reached) select c.id, 'ベンチ案件' || g, "
                + "(array['PC','PC','PC','LIGHT','OFFSITE'])[1 + g % 5], case when g % 3 = 0 then 'ONE_OFF' else 'RECURRING' end, "
                + "100000 + (g % 7) * 20000, 'ASSIGNMENT', 'OPEN', 'bench-dir' || (g % 20), 'bench-int' || (g % 10), "
                + "now(), now(), l.lead_on, case when g % 3 = 0 then 1 else 12 end * (100000 + (g % 7) * 20000), "
                + "case when g % 10 < 3 then least(current_date, l.lead_on + g % 60) end, "
                + "case when g % 10 < 3 then case when g % 3 = 0 then 1 else 12 end * (100000 + (g % 7) * 20000) end, "
                + "case when g % 10 in (3, 4) then least(current_date, l.lead_on + g % 90) end, "
                + "case when g % 10 < 3 then 'QA' when g % 10 in (3, 4) then 'TRIAL' else 'ASSIGNMENT' end "
                + "from generate_series(" + from + ", " + to + ") g "
                + "cross join lateral (select current_date - (g::bigint * 7919 % 730)::int lead_on) l "
                + "cross join (select min(id) id from customer where name like 'ベンチ顧客%') c0 "
                + "cross join lateral (select c0.id + g % 1000 id) c");
    }

    private void exec(String sql) {
        jdbc.execute(sql);
    }
}
