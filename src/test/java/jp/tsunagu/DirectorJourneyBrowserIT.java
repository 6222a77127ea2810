package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.deal.DealFilter;
import jp.tsunagu.deal.DealListItem;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.NewDeal;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The path a director takes on a normal morning, in a real headless Chromium against the running app:
 * log in, open a deal, complete its first task from the deal's page, and land on the next one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectorJourneyBrowserIT {

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
    DealService deals;

    WebDriver driver;
    WebDriverWait wait;
    String username;
    String customerName;

    @BeforeEach
    void startBrowser() {
        Browsers.useSecurityOf(applicationContext);
        username = TestData.unique("browser");
        users.create(username, PASSWORD, "ブラウザ 太郎", AppRoles.DIRECTOR);
        customerName = TestData.unique("ブラウザ商事");
        customers.create(customerName, "小売業", "静岡県", "054-111-2222");

        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "browser-last-page");
        TestData.logout();
    }

    @Test
    void a_director_logs_in_creates_a_deal_and_completes_its_first_task() {
        String base = "http://localhost:" + port;
        Browsers.logIn(driver, wait, base, username, PASSWORD);
        assertThat(driver.getTitle()).isEqualTo("タスク受信箱");

        driver.get(base + "/deals/new");
        WebElement customer = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#customer input")));
        customer.sendKeys(customerName);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        customer.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        String title = TestData.unique("ブラウザ案件");
        driver.findElement(By.cssSelector("#title input")).sendKeys(title);
        driver.findElements(By.cssSelector("#category vaadin-radio-button"))
                .get(0)
                .click();
        driver.findElement(By.cssSelector("#monthly-amount input")).sendKeys("98000");
        driver.findElement(By.id("save-deal")).click();

        wait.until(ExpectedConditions.textToBe(By.id("deal-title"), title));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.open-task-link")))
                .click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
        List<WebElement> outcomes = driver.findElements(By.cssSelector("#outcome vaadin-radio-button"));
        assertThat(outcomes.get(0).getText()).isEqualTo("要件定義へ進む");
        outcomes.get(0).click();
        driver.findElement(By.id("complete")).click();

        // The deal's next company-side task is the director's own, so it opens next (their setting, on by default).
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "を完了しました"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "次のタスクを開きました"));
        assertThat(driver.getCurrentUrl()).matches(Pattern.quote(base) + "/tasks/.+");
        wait.until(ExpectedConditions.textToBe(By.id("task-title"), title));

        TestData.actAs(username, AppRoles.DIRECTOR);
        List<DealListItem> mine = deals.page(new DealFilter(title, null, null, null, true), 0, 5, Sort.unsorted());
        assertThat(mine).singleElement().satisfies(d -> {
            assertThat(d.stage()).isEqualTo(DealStage.REQUIREMENTS);
            assertThat(d.monthlyAmount()).isEqualTo(98_000);
        });
    }

    @Test
    void script_and_html_typed_into_a_deal_or_customer_show_as_text_and_never_run() {
        // Every way a page could turn text into markup: the deal list, the deal page, the customer list and page.
        String evil = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        TestData.actAs(username, AppRoles.DIRECTOR);
        long customerId =
                customers.create(evil + TestData.unique("社"), null, null, null).getId();
        NewDeal form = new NewDeal();
        form.setCustomerId(customerId);
        form.setTitle(evil);
        form.setCategory(WorkCategory.PC);
        form.setOrderType(OrderType.ONE_OFF);
        form.setMonthlyAmount(1000L);
        long dealId = deals.create(form);

        String base = "http://localhost:" + port;
        Browsers.logIn(driver, wait, base, username, PASSWORD);
        for (String page : List.of("/deals/" + dealId, "/deals", "/customers", "/customers/" + customerId, "/board")) {
            driver.get(base + page);
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "<script>window.__xss=2"));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss"))
                    .as(page)
                    .isNull();
            assertThat(driver.findElements(By.cssSelector("img[src='x']")))
                    .as(page)
                    .isEmpty();
        }
    }
}
