package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * JIS X 8341-3:2016 level AA as axe-core checks it: every route of {@link RouteMatrix}, as each role that may open
 * it (the demo's people, on the demo's records), the login page, the dialogs people work in, and the facility's pages
 * on a 390 × 844 phone. No critical or serious finding may remain; moderate and minor ones are listed in
 * {@code target/a11y-report.txt}. Every chart also carries its figures in words, and every office page still fits
 * its window at 200 % zoom.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tsunagu.demo-data=true", "tsunagu.admin.user=", "tsunagu.admin.password="})
@ActiveProfiles("test")
class AccessibilityBrowserIT {

    /** The demo's person of each role (password demo1234). */
    static final Map<String, String> DEMO_USER = Map.of(
            AppRoles.ADMIN, "admin",
            AppRoles.DIRECTOR, "tanaka",
            AppRoles.INTERMEDIARY, "suzuki",
            AppRoles.SUPERVISOR, "takahashi",
            AppRoles.FACILITY, "himawari");

    /** Dialogs checked open: role, page, the button that opens it. */
    static final List<String[]> DIALOGS = List.of(
            new String[] {AppRoles.SUPERVISOR, "kpi", "#kpi-edit-plan"},
            new String[] {AppRoles.SUPERVISOR, "kpi", "#drill-LEAD_CUSTOMERS"},
            new String[] {AppRoles.ADMIN, "admin/users", "#add-user"},
            new String[] {AppRoles.DIRECTOR, "deals/:dealId", "#change-priority"});

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> blocking = new ArrayList<>();
    final List<String> report = new ArrayList<>();

    @BeforeEach
    void security() {
        Browsers.useSecurityOf(applicationContext);
    }

    @Test
    void every_route_as_each_role_that_may_open_it_has_no_critical_or_serious_finding() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver anonymous = Browsers.chromium(1440, 900);
        try {
            anonymous.get(base + "/login");
            Browsers.settle(anonymous);
            check(anonymous, "anonymous /login");
        } finally {
            Browsers.quit(anonymous, "a11y-anonymous");
        }
        for (String role : List.of(
                AppRoles.ADMIN, AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY)) {
            boolean phone = role.equals(AppRoles.FACILITY);
            WebDriver driver = phone ? Browsers.chromium(390, 844) : Browsers.chromium(1440, 900);
            try {
                logIn(driver, base, DEMO_USER.get(role));
                for (var route : RouteMatrix.ALLOWED.entrySet()) {
                    if (!route.getValue().contains(role)) {
                        continue;
                    }
                    String path = path(route.getKey(), role);
                    driver.get(base + "/" + path);
                    Browsers.settle(driver);
                    String page = role + " /" + path + (phone ? " (390 px)" : "");
                    assertThat(driver.findElements(By.id("access-denied")))
                            .as(page + " opens")
                            .isEmpty();
                    check(driver, page);
                    if (!phone) {
                        zoomed(driver, page);
                    }
                }
                for (String[] dialog : DIALOGS) {
                    if (dialog[0].equals(role)) {
                        driver.get(base + "/" + path(dialog[1], role));
                        Browsers.settle(driver);
                        ((JavascriptExecutor) driver)
                                .executeScript("document.querySelector(arguments[0]).click()", dialog[2]);
                        new WebDriverWait(driver, Duration.ofSeconds(20))
                                .until(ExpectedConditions.presenceOfElementLocated(
                                        By.cssSelector("vaadin-dialog-overlay[opened]")));
                        Browsers.settle(driver);
                        check(driver, role + " /" + dialog[1] + " with the dialog of " + dialog[2]);
                        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                    }
                }
            } finally {
                Browsers.quit(driver, "a11y-" + role);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/a11y-report.txt"), report);
        report.forEach(System.out::println);
        assertThat(blocking).as("critical and serious findings").isEmpty();
    }

    private void check(WebDriver driver, String page) {
        List<Axe.Violation> found = Axe.check(driver);
        report.add("== " + page + ": " + (found.isEmpty() ? "no finding" : found.size() + " rules"));
        for (Axe.Violation v : found) {
            report.add("   " + v);
            if (v.blocking()) {
                blocking.add(page + ": " + v);
            }
        }
        // A chart is a picture: a screen reader gets its figures in words (once the chart script has drawn it).
        String unnamed = "return [...document.querySelectorAll('canvas')]"
                + ".filter((c) => c.getAttribute('role') !== 'img' || !/[0-9]/.test(c.getAttribute('aria-label') || ''))"
                + ".map((c) => c.parentElement.id || c.parentElement.className)";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> ((List<?>) ((JavascriptExecutor) d).executeScript(unnamed)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            ((List<?>) ((JavascriptExecutor) driver).executeScript(unnamed))
                    .forEach(c -> blocking.add(page + ": the chart " + c + " has no text with its figures"));
        }
    }

    /**
     * The page at 200 % zoom in a 1280 px window, that is 640 CSS pixels wide: nothing may push the page sideways
     * (tables and grids scroll inside their own frame).
     */
    private void zoomed(WebDriver driver, String page) {
        driver.manage().window().setSize(new Dimension(640, 450));
        Browsers.settle(driver);
        Number overflow = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        if (overflow.intValue() > 1) {
            blocking.add(page + " at 200 %: the page is " + overflow + " px wider than the window");
        }
        driver.manage().window().setSize(new Dimension(1440, 900));
        Browsers.settle(driver);
    }

    private void logIn(WebDriver driver, String base, String username) {
        driver.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo1234", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        Browsers.settle(driver);
    }

    /** A route template with the demo's records of that role. */
    private String path(String template, String role) {
        long deal = jdbc.queryForObject("select id from deal where title = '顧客台帳のクレンジング'", Long.class);
        long facility = jdbc.queryForObject("select facility_id from app_user where username = 'himawari'", Long.class);
        long offer = jdbc.queryForObject(
                "select min(id) from offer where facility_id = ? and deal_id = ?", Long.class, facility, deal);
        String taskOwner = role.equals(AppRoles.INTERMEDIARY) ? "suzuki" : "tanaka";
        String task =
                jdbc.queryForObject("select min(id_) from act_ru_task where assignee_ = ?", String.class, taskOwner);
        return template.replace(":taskId", task)
                .replace(":offerId", String.valueOf(offer))
                .replace(
                        ":customerId",
                        String.valueOf(
                                jdbc.queryForObject("select customer_id from deal where id = ?", Long.class, deal)))
                .replace(":dealId", String.valueOf(deal))
                .replace(":facilityId", String.valueOf(facility));
    }
}
