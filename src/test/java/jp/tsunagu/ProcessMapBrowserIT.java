package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.PipelineTask;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live process map in headless Chromium: bpmn-js draws the deal pipeline's BPMN file, each step carries its open
 * tasks, and those equal the supervisor's inbox for that stage; a click on a step lists its deals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessMapBrowserIT {

    private static final String PASSWORD = "browser-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDirectory users;

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    WebDriver driver;
    WebDriverWait wait;
    String supervisor;
    String base;

    @BeforeEach
    void startBrowser() {
        Browsers.useSecurityOf(applicationContext);
        supervisor = TestData.unique("map");
        users.create(supervisor, PASSWORD, "地図 監督", AppRoles.SUPERVISOR);
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        base = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "process-map-last-page");
        TestData.logout();
    }

    @Test
    void the_diagram_shows_each_steps_open_tasks_as_the_inbox_counts_them_and_a_click_lists_the_deals() {
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        String tag = TestData.unique("地図");
        data.dealAtAssignment(tag + " 割り当て1", WorkCategory.PC);
        data.dealAtAssignment(tag + " 割り当て2", WorkCategory.LIGHT);
        data.deal(tag + " 新規", WorkCategory.PC);
        TestData.actAs(supervisor, AppRoles.SUPERVISOR);
        Map<String, Integer> inInbox = new HashMap<>();
        for (PipelineTask t : PipelineTask.values()) {
            if (t.stage() != null && !t.isBatchTask() && t != PipelineTask.ANSWER_OFFER) {
                inInbox.put(
                        t.taskKey(), inbox.count(new InboxFilter(InboxScope.ALL, "", t.stage(), false, false, true)));
            }
        }
        TestData.logout();

        Browsers.logIn(driver, wait, base, supervisor, PASSWORD);
        driver.get(base + "/process-map");
        wait.until(ExpectedConditions.attributeToBe(By.id("process-diagram"), "data-drawn", "true"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> badges = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeScript("return [...document.querySelectorAll('#process-diagram .map-badge')].map(b => ({id:"
                        + " b.getAttribute('data-activity'), open: b.querySelector('.map-open').textContent,"
                        + " label: b.getAttribute('aria-label')}));");
        Map<String, Integer> onMap = new HashMap<>();
        badges.forEach(b -> onMap.put((String) b.get("id"), Integer.parseInt((String) b.get("open"))));
        assertThat(onMap).as("every step of the pipeline drawn with its count").containsAllEntriesOf(inInbox);
        assertThat(onMap.get("assignFacilities")).isGreaterThanOrEqualTo(2);
        assertThat(badges).anySatisfy(b -> assertThat((String) b.get("label")).startsWith("滞留 "));
        // bpmn-js drew the file itself: the shapes carry the BPMN ids.
        assertThat(driver.findElements(By.cssSelector("#process-diagram [data-element-id='assignFacilities']")))
                .isNotEmpty();

        driver.findElement(By.cssSelector("#process-diagram [data-element-id='assignFacilities']"))
                .click();
        wait.until(d -> d.findElements(By.cssSelector("#map-deals vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(tag + " 割り当て1")));
    }
}
