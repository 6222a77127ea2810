package jp.tsunagu.processmap.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.processmap.MapProcess;
import jp.tsunagu.processmap.ProcessMap;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process map's figures against the supervisor's inbox, and the deals one click away. */
class ProcessMapViewTest extends KaribuTest {

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Test
    void each_steps_count_equals_the_supervisors_inbox_for_that_stage_and_a_click_lists_its_deals() {
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        String tag = TestData.unique("地図");
        long atAssignment = data.dealAtAssignment(tag + " 割り当て", WorkCategory.LIGHT);
        data.deal(tag + " 要件", WorkCategory.PC);

        login(TestData.unique("sup"), AppRoles.SUPERVISOR);
        navigate("process-map");
        ProcessMapView view = _get(ProcessMapView.class);
        List<ProcessMap.ActivityLoad> rows = GridKt._findAll(view.table);
        assertThat(rows).extracting(ProcessMap.ActivityLoad::activityId).contains("assignFacilities", "qualifyLead");
        for (ProcessMap.ActivityLoad row : rows) {
            PipelineTask task = PipelineTask.byTaskKey(row.activityId()).orElseThrow();
            int inInbox = inbox.count(new InboxFilter(InboxScope.ALL, "", task.stage(), false, false, true));
            assertThat(row.open()).as(row.activityId()).isEqualTo(inInbox);
        }

        view.showDeals("assignFacilities");
        assertThat(GridKt._findAll(view.deals))
                .extracting(ProcessMap.DealAt::dealId)
                .contains(atAssignment);

        // Light work only: the deal of PC work at the first step is not counted there.
        long allLead = rows.stream()
                .filter(r -> r.activityId().equals("qualifyLead"))
                .findFirst()
                .orElseThrow()
                .open();
        _setValue(view.category, WorkCategory.LIGHT);
        long lightLead = GridKt._findAll(view.table).stream()
                .filter(r -> r.activityId().equals("qualifyLead"))
                .findFirst()
                .orElseThrow()
                .open();
        assertThat(lightLead).isLessThan(allLead);
        assertThat(view.process.getValue()).isEqualTo(MapProcess.PIPELINE);
    }
}
