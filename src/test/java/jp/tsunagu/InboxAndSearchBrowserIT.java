package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.tsunagu.crm.ActivityService;
import jp.tsunagu.customer.CustomerForm;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxFilter;
import jp.tsunagu.pipeline.InboxScope;
import jp.tsunagu.pipeline.InboxSort;
import jp.tsunagu.pipeline.SavedFilterService;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inbox by keyboard and the header's search, in headless Chromium: j and Enter open a task, Ctrl+Enter in the
 * activity form records only the activity (with the text just typed), and the header's box finds a customer typed
 * in half-width kana.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxAndSearchBrowserIT {

    private static final String PASSWORD = "browser-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDirectory users;

    @Autowired
    CustomerService customers;

    @Autowired
    TestData data;

    @Autowired
    TaskInboxService inbox;

    @Autowired
    ActivityService activities;

    @Autowired
    SavedFilterService views;

    WebDriver driver;
    WebDriverWait wait;
    String username;
    String base;

    @BeforeEach
    void startBrowser() {
        Browsers.useSecurityOf(applicationContext);
        username = TestData.unique("kbd");
        users.create(username, PASSWORD, "鍵盤 花子", AppRoles.DIRECTOR);
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "inbox-search-last-page");
        TestData.logout();
    }

    @Test
    void j_and_enter_open_the_second_task_and_ctrl_enter_in_the_activity_form_records_only_the_activity() {
        TestData.actAs(username, AppRoles.DIRECTOR);
        String tag = TestData.unique("鍵盤");
        long first = data.deal(tag + " 1", WorkCategory.PC);
        long second = data.deal(tag + " 2", WorkCategory.PC);
        String secondTask = inbox.openTasksOf(second).get(0).taskId();
        TestData.logout();

        Browsers.logIn(driver, wait, base, username, PASSWORD);
        // The director's own inbox holds both deals' first tasks, the older first.
        wait.until(d -> d.findElements(By.cssSelector("#inbox-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().contains(tag + " 2"))
                        .count()
                == 1);
        // From anywhere but a text field, j moves into the list (first row), j again to the second; Enter opens it.
        new Actions(driver)
                .sendKeys("j")
                .pause(Duration.ofMillis(500))
                .sendKeys("j")
                .pause(Duration.ofMillis(800))
                .sendKeys(Keys.ENTER)
                .perform();
        wait.until(ExpectedConditions.urlToBe(base + "/tasks/" + secondTask));
        wait.until(ExpectedConditions.textToBe(By.id("task-title"), tag + " 2"));

        // Type into 内容 and press Ctrl+Enter at once: the activity is recorded with that text; the task stays open.
        WebElement summary =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#activity-summary textarea")));
        var js = (JavascriptExecutor) driver;
        js.executeScript(
                "arguments[0].click();",
                driver.findElements(By.cssSelector("#outcome vaadin-radio-button"))
                        .get(0));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", summary);
        summary.sendKeys("電話で月の数量を確認した");
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("vaadin-notification-card"), "活動を記録しました"));
        TestData.actAs(username, AppRoles.DIRECTOR);
        assertThat(activities.ofDeal(second)).extracting(a -> a.summary()).containsExactly("電話で月の数量を確認した");
        assertThat(inbox.openTasksOf(second)).extracting(t -> t.taskId()).containsExactly(secondTask);
        assertThat(inbox.openTasksOf(first)).hasSize(1);
        assertThat(driver.getCurrentUrl()).isEqualTo(base + "/tasks/" + secondTask);
    }

    @Test
    void the_header_search_finds_a_customer_typed_in_half_width_kana() {
        String suffix = TestData.unique("").substring(1, 7);
        TestData.actAs(username, AppRoles.DIRECTOR);
        CustomerForm form = new CustomerForm();
        form.setName("株式会社みらい商事" + suffix);
        form.setKana("ミライショウジ");
        long id = customers.register(form, true).getId();
        TestData.logout();

        Browsers.logIn(driver, wait, base, username, PASSWORD);
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#global-search input")));
        box.sendKeys("(株)ﾐﾗｲ商事" + suffix, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q="));
        WebElement hit = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-customer a.search-hit-title")));
        assertThat(hit.getText()).isEqualTo("株式会社みらい商事" + suffix);
        hit.click();
        wait.until(ExpectedConditions.urlToBe(base + "/customers/" + id));
    }

    @Test
    void a_published_view_shows_its_count_and_a_bulk_claim_reports_the_task_someone_else_took() {
        String tag = TestData.unique("一括");
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR); // no account: the tasks stay with the group
        data.deal(tag + " A", WorkCategory.PC);
        data.deal(tag + " B", WorkCategory.PC);
        String supervisor = TestData.unique("sv");
        users.create(supervisor, PASSWORD, "統括 一郎", AppRoles.SUPERVISOR);
        TestData.actAs(supervisor, AppRoles.SUPERVISOR);
        views.save(
                "確認待ち " + tag.substring(tag.length() - 4),
                new InboxFilter(InboxScope.GROUP, tag, null, false),
                AppRoles.DIRECTOR);
        TestData.logout();

        Browsers.logIn(driver, wait, base, username, PASSWORD);
        String label = "確認待ち " + tag.substring(tag.length() - 4) + "（2）";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox-views vaadin-button")));
        List<String> shown = driver.findElements(By.cssSelector("#inbox-views vaadin-button")).stream()
                .map(b -> b.getText().strip().lines().findFirst().orElse(""))
                .toList(); // the tooltip follows
        assertThat(String.join(
                        "|",
                        driver.findElements(By.cssSelector("#inbox-views vaadin-button")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .contains("ディレクターに公開（統括 一郎さん）");
        assertThat(shown).contains(label);
        driver.findElements(By.cssSelector("#inbox-views vaadin-button")).stream()
                .filter(b -> b.getText().strip().startsWith(label))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d ->
                d.findElements(By.cssSelector("#inbox-grid vaadin-checkbox")).size() >= 3);
        var js = (JavascriptExecutor) driver;
        // Tick both rows (the first check box is the header's "all").
        js.executeScript("const boxes = document.querySelectorAll('#inbox-grid vaadin-checkbox');"
                + "boxes[1].click(); boxes[2].click();");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-bulk"), "2件を選択中"));

        String quicker = TestData.unique("dir");
        users.create(quicker, PASSWORD, "早川 次郎", AppRoles.DIRECTOR);
        TestData.actAs(quicker, AppRoles.DIRECTOR);
        String taken = inbox.page(new InboxFilter(InboxScope.GROUP, tag, null, false), 0, 5, InboxSort.DUE, true)
                .get(0)
                .taskId();
        inbox.claim(taken);
        TestData.logout();

        js.executeScript("arguments[0].click();", driver.findElement(By.id("bulk-claim")));
        WebElement results = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bulk-refused")));
        assertThat(results.getText()).startsWith("✗ " + tag).endsWith("このタスクは 早川 次郎 さんが引き受けています");
        assertThat(driver.findElements(By.cssSelector(".bulk-done"))).hasSize(1);
    }
}
