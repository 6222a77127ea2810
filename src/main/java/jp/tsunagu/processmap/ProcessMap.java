package jp.tsunagu.processmap;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaHistory;
import jp.tsunagu.sla.SlaMonitor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live process map's figures: for each activity of a process, the open tasks now (one query over the counts
 * the open clocks keep), of them at risk and breached, and the median business days spent there over a
 * period; and the deals waiting at one activity. Filtered by kind of work and by the organisation that holds the
 * hand-off.
 */
@Service
public class ProcessMap {

    private final NamedParameterJdbcTemplate jdbc;
    private final SlaHistory history;
    private final SlaMonitor monitor;

    ProcessMap(NamedParameterJdbcTemplate jdbc, SlaHistory history, SlaMonitor monitor) {
        this.jdbc = jdbc;
        this.history = history;
        this.monitor = monitor;
    }

    /** One activity's load: open tasks, of them at risk and breached, and the period's median (null without data). */
    public record ActivityLoad(String activityId, long open, long atRisk, long breached, Double medianDays) {

        /** The share of the open tasks that are late, 0 to 1. */
        public double breachShare() {
            return open == 0 ? 0 : (double) breached / open;
        }
    }

    /** A deal waiting at an activity: since when, and how its hand-off's clock stands. */
    public record DealAt(long dealId, String title, String customer, Instant since, String state, Instant dueAt) {}

    /** The BPMN file of a process, as drawn. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public String xml(MapProcess process) {
        try (InputStream in = ProcessMap.class.getClassLoader().getResourceAsStream(process.resource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every activity with open tasks, and every one with a median in the period. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional(readOnly = true)
    public Map<String, ActivityLoad> loads(
            MapProcess process, WorkCategory category, Party party, LocalDate from, LocalDate to) {
        Map<String, ActivityLoad> out = new HashMap<>();
        // One statement over the counts the clocks keep of themselves (every open task has its clock): a few hundred
        // rows, however many tasks are open.
        for (SlaMonitor.StageLoad load : monitor.openByStageNow(category, party)) {
            String activity = keyOf(load.stage().name());
            if (activity != null && (load.stage() == DealStage.OFFER) == (process == MapProcess.OFFERS)) {
                out.put(activity, new ActivityLoad(activity, load.open(), load.atRisk(), load.breached(), null));
            }
        }
        if (from != null && to != null) {
            Map<DealStage, double[]> weighted = new HashMap<>();
            for (SlaHistory.LeadTime t : history.leadTimes(from, to)) {
                if (category == null || t.category() == category) {
                    double[] w = weighted.computeIfAbsent(t.stage(), s -> new double[2]);
                    w[0] += t.median() * t.count();
                    w[1] += t.count();
                }
            }
            for (PipelineTask task : PipelineTask.values()) {
                double[] w = task.stage() == null ? null : weighted.get(task.stage());
                if (w != null && w[1] > 0) {
                    ActivityLoad l = out.getOrDefault(task.taskKey(), new ActivityLoad(task.taskKey(), 0, 0, 0, null));
                    out.put(
                            task.taskKey(),
                            new ActivityLoad(l.activityId(), l.open(), l.atRisk(), l.breached(), w[0] / w[1]));
                }
            }
        }
        return out;
    }

    /** The deals waiting at an activity, the late ones first, then the longest waiting. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional(readOnly = true)
    public List<DealAt> dealsAt(MapProcess process, String activityId, WorkCategory category, Party party) {
        MapSqlParameterSource p = params(process, category, party).addValue("activity", activityId);
        return jdbc.query(
                "select d.id, d.title, cu.name, t.create_time_, c.state, c.due_at from act_ru_task t"
                        + " join act_ru_execution e on e.id_ = t.proc_inst_id_"
                        + " join deal d on cast(d.id as varchar) = e.business_key_"
                        + " join customer cu on cu.id = d.customer_id"
                        + " left join sla_clock c on c.task_id = t.id_"
                        + " where t.proc_def_id_ like :def and t.task_def_key_ = :activity" + filters(category, party)
                        + " order by (c.state = 'BREACHED') desc nulls last, (c.state = 'AT_RISK') desc nulls last,"
                        + " t.create_time_ limit 200",
                p,
                (rs, i) -> new DealAt(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()));
    }

    /** The step of a stage, or null for a stage the map does not draw as one step. */
    private static String keyOf(String stage) {
        try {
            return PipelineTask.of(DealStage.valueOf(stage)).taskKey();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            return null;
        }
    }

    private static String filters(WorkCategory category, Party party) {
        return (category == null ? "" : " and d.work_category = :category")
                + (party == null ? "" : " and c.party = :party");
    }

    private static MapSqlParameterSource params(MapProcess process, WorkCategory category, Party party) {
        return new MapSqlParameterSource("def", process.key() + ":%")
                .addValue("category", category == null ? null : category.name())
                .addValue("party", party == null ? null : party.name());
    }
}
