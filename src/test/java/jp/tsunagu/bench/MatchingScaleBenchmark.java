package jp.tsunagu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tsunagu.TestData;
import jp.tsunagu.assignment.MatchRequest;
import jp.tsunagu.assignment.Matching;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Matching at scale: 5,000 facilities with two survey versions each and their skills, and a year of
 * assignments (60,000) with 20,000 answered offers; ranks the best 20 for PC work with two skills, and gives the instant answer.
 * Writes target/bench-matching.txt. Run: {@code mvn verify -Pbench}.
 */
@SpringBootTest
@ActiveProfiles("test")
class MatchingScaleBenchmark {

    static final int FACILITIES = Integer.getInteger("bench.facilities", 5_000);
    static final int ASSIGNMENTS = Integer.getInteger("bench.assignments", 60_000);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Matching matching;

    @Test
    void matching_at_scale() throws Exception {
        long start = System.nanoTime();
        jdbc.execute("insert into facility (name, corporation, facility_type, municipality, created_at) "
                + "select 'ベンチ事業所' || g, 'ベンチ法人', 'B', 'ベンチ市' || (g % 35), now() "
                + "from generate_series(1, " + FACILITIES + ") g");
        jdbc.execute("insert into capability_survey (facility_id, answered_on, answered_by, accepts_pc, accepts_light, "
                + "accepts_offsite, pc_workers, light_workers, supervisors, pcs, weekdays, hours_from, hours_to, "
                + "earliest_start, monthly_capacity_hours, hub, created_at) "
                + "select f.id, current_date - v * 180, 'bench', f.id % 3 <> 0, f.id % 2 = 0, f.id % 5 = 0, "
                + "3 + f.id % 12, 5 + f.id % 20, 2, 5, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', '09:30', '15:30', "
                + "current_date + (f.id % 40)::int, 200 + (f.id % 60) * 10, f.id % 7 = 0, now() "
                + "from facility f cross join generate_series(0, 1) v where f.name like 'ベンチ事業所%'");
        jdbc.execute("insert into survey_skill (survey_id, skill_id) select s.id, k.id from capability_survey s "
                + "join skill k on (s.id + k.id) % 3 <> 0 where s.answered_by = 'bench'");
        jdbc.execute("insert into customer (name, name_key, created_at) values ('ベンチ顧客', 'ベンチ顧客', now())");
        jdbc.execute("insert into deal (customer_id, title, work_category, order_type, monthly_amount, stage, status, "
                + "director, created_at, updated_at, lead_on, demand_amount, stage_reached) select (select max(id) from customer), "
                + "'ベンチ', 'PC', 'RECURRING', 100000, 'DELIVERY', 'OPEN', 'bench', now(), now(), current_date, 1200000, "
                + "'DELIVERY' from generate_series(1, 1000)");
        jdbc.execute(
                "insert into assignment (deal_id, facility_id, quantity, hours_per_month, start_on, end_on, "
                        + "confirmed_by, confirmed_at) select d.id, f.id, 100, 20 + g % 60, current_date - (g % 365), "
                        + "current_date - (g % 365) + 90, 'bench', now() from generate_series(1, " + ASSIGNMENTS
                        + ") g "
                        + "join lateral (select id from facility where name = 'ベンチ事業所' || (1 + g % " + FACILITIES
                        + ")) f on true "
                        + "join lateral (select id from deal where title = 'ベンチ' order by id limit 1 offset g % 1000) d on true");
        // A year of answered offers, so the response-time part of the score has history to read.
        jdbc.execute("insert into offer (deal_id, facility_id, status, answer_deadline, sent_by, sent_at, "
                + "answered_by, answered_at) select a.deal_id, a.facility_id, 'ACCEPTED', current_date, 'bench', "
                + "now() - (a.id % 365) * interval '1 day', 'bench-fac', "
                + "now() - (a.id % 365) * interval '1 day' + (a.id % 90) * interval '1 hour' "
                + "from assignment a where a.confirmed_by = 'bench' and a.id % 3 = 0");
        jdbc.execute("vacuum analyze");
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "data: %,d facilities x 2 survey versions with skills, %,d assignments and %,d "
                        + "answered offers over a year (filled in %.0f s)",
                FACILITIES,
                ASSIGNMENTS,
                jdbc.queryForObject("select count(*) from offer where sent_by = 'bench'", Integer.class),
                (System.nanoTime() - start) / 1e9));

        TestData.actAs("bench-staff", AppRoles.INTERMEDIARY);
        List<Long> skills =
                jdbc.queryForList("select id from skill where work_category = 'PC' order by id limit 2", Long.class);
        LocalDate today = LocalDate.now();
        MatchRequest pc = new MatchRequest(
                WorkCategory.PC, Set.copyOf(skills), 5, 120, today.plusDays(14), today.plusMonths(3), null);
        assertThat(matching.rank(pc, 20)).hasSize(20);
        report.add(
                Timings.measure("rank the best 20 of 5,000 for PC work, 2 skills", 5, 40, () -> matching.rank(pc, 20))
                        .toString());
        report.add(Timings.measure(
                        "instant answer (facilities, workers, free hours, start)",
                        5,
                        40,
                        () -> matching.answer(MatchRequest.forCategory(WorkCategory.PC, today)))
                .toString());
        MatchRequest offsite =
                new MatchRequest(WorkCategory.OFFSITE, Set.of(), 4, 80, today, today.plusMonths(1), "ベンチ市7");
        report.add(Timings.measure("rank for off-site work in a given town", 5, 40, () -> matching.rank(offsite, 20))
                .toString());
        TestData.logout();
        report.forEach(System.out::println);
        Files.write(Path.of("target/bench-matching.txt"), report);
    }
}
