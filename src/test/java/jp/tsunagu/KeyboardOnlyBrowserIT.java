package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Without a mouse: Tab, Shift+Tab, Enter and Space only (and typing into fields). A director logs in, skips to the
 * content, tabs into the inbox, opens the task and completes it; a facility's staff member on a phone tabs to the
 * offer and accepts it; a dialog keeps the focus while open and gives it back when closed. Every stop the Tab key
 * reaches on the way shows where the focus is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardOnlyBrowserIT {

    private static final String PASSWORD = "keyboard-pass-1";

    /** The focused element (inside components too), and whether it shows a focus ring or outline. */
    private static final String FOCUS =
            """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            if (!e || e === document.body) { return null; }
            const shows = (el) => {
              for (let n = el, i = 0; n && i < 6; i++) {
                if (n.nodeType === 1) {
                  if (n.hasAttribute('focus-ring') || n.hasAttribute('navigating')) { return true; }
                  const s = getComputedStyle(n);
                  if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none') {
                    return true;
                  }
                }
                n = n.parentElement || (n.getRootNode && n.getRootNode().host) || null;
              }
              return false;
            };
            let name = e.localName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')
                + (e.parentElement && e.parentElement.closest('[id]') ? ' in #' + e.parentElement.closest('[id]').id : '');
            for (let h = e.getRootNode().host; h; h = h.getRootNode().host) { name = (h.id || h.localName) + ' ' + name; }
            return { name: name, ring: shows(e), text: (e.textContent || '').trim().slice(0, 40) };
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDirectory users;

    @Autowired
    TestData data;

    @Autowired
    OfferService offers;

    @Autowired
    JdbcTemplate jdbc;

    WebDriver driver;
    final List<String> noRing = new ArrayList<>();

    @BeforeEach
    void security() {
        Browsers.useSecurityOf(applicationContext);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "keyboard-last-page");
        TestData.logout();
    }

    @Test
    void a_director_completes_a_task_from_the_inbox_with_the_keyboard_alone() {
        String director = TestData.unique("kbd");
        users.create(director, PASSWORD, "鍵盤 次郎", AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        long deal = data.deal(TestData.unique("キーボード"), WorkCategory.PC);
        TestData.logout();

        driver = Browsers.chromium(1440, 900);
        logIn(director);
        // The first Tab stop is the skip link; Enter moves the focus to the view.
        press(Keys.TAB);
        assertThat(focus().get("name")).as("the first Tab stop").asString().contains("skip-link");
        assertThat(focus().get("text")).isEqualTo("本文へ移動");
        press(Keys.ENTER);
        assertThat(focus().get("name")).asString().contains("#main-content");

        tabUntil("a row of the inbox", f -> f.get("name").toString().startsWith("inbox-grid td"));
        press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("/tasks/"));
        Browsers.settle(driver);

        tabUntil(
                "the first outcome",
                f -> f.get("name").toString().contains("outcome")
                        && f.get("name").toString().contains("input"));
        press(Keys.SPACE);
        tabUntil("the complete button", f -> f.get("name").toString().contains("#complete"));
        press(Keys.ENTER);
        waitFor(d ->
                "REQUIREMENTS".equals(jdbc.queryForObject("select stage from deal where id = ?", String.class, deal)));
        assertThat(noRing).as("Tab stops without a visible focus").isEmpty();
    }

    @Test
    void a_facility_accepts_an_offer_on_a_phone_with_the_keyboard_alone() {
        long facility = data.facility(TestData.unique("町"));
        String staff = TestData.unique("fkbd");
        users.create(staff, PASSWORD, "鍵盤 三郎", AppRoles.FACILITY);
        users.linkFacility(staff, facility);
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        String title = TestData.unique("データ入力");
        long deal = data.dealAtAssignment(title, WorkCategory.PC);
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(deal, List.of(facility), LocalDate.now().plusDays(3));
        TestData.logout();

        driver = Browsers.chromium(390, 844);
        logIn(staff);
        driver.get("http://localhost:" + port + "/portal/offers");
        Browsers.settle(driver);
        tabUntil("the offer's link", f -> f.get("name").toString().contains("offer-open"));
        press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("/portal/offers/"));
        Browsers.settle(driver);
        tabUntil(
                "the answer 受ける",
                f -> f.get("name").toString().contains("offer-answer")
                        && f.get("name").toString().contains("input"));
        press(Keys.SPACE);
        tabUntil("the send button", f -> f.get("name").toString().contains("#offer-send"));
        press(Keys.ENTER);
        // Accepting needs a quantity: the refusal is beside the field and tied to it for a screen reader.
        waitFor(d -> "true".equals(errorOf("offer-quantity").get("invalid")));
        Map<String, Object> error = errorOf("offer-quantity");
        assertThat(error.get("text")).asString().isNotBlank();
        assertThat(error.get("describedBy"))
                .asString()
                .contains(error.get("messageId").toString());
        shiftTabUntil("the quantity", f -> f.get("name").toString().contains("offer-quantity"));
        type("500");
        tabUntil("the hours", f -> f.get("name").toString().contains("offer-hours"));
        type("40");
        tabUntil("the start date", f -> f.get("name").toString().contains("offer-start"));
        type(LocalDate.now().plusDays(10).toString().replace('-', '/'));
        // Typing opens the calendar; Enter takes the typed date and closes it.
        press(Keys.ENTER);
        tabUntil("the send button", f -> f.get("name").toString().contains("#offer-send"));
        press(Keys.ENTER);
        waitFor(d -> "ACCEPTED"
                .equals(jdbc.queryForObject(
                        "select status from offer where deal_id = ? and facility_id = ?",
                        String.class,
                        deal,
                        facility)));
        assertThat(noRing).as("Tab stops without a visible focus").isEmpty();
    }

    @Test
    void a_dialog_keeps_the_focus_inside_while_open_and_gives_it_back_to_its_button_when_closed() {
        String supervisor = TestData.unique("kbds");
        users.create(supervisor, PASSWORD, "鍵盤 四郎", AppRoles.SUPERVISOR);
        driver = Browsers.chromium(1440, 900);
        logIn(supervisor);
        driver.get("http://localhost:" + port + "/kpi");
        Browsers.settle(driver);
        tabUntil("the plan button", f -> f.get("name").toString().contains("#kpi-edit-plan"));
        press(Keys.ENTER);
        waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IN_DIALOG)));
        for (int i = 0; i < 30; i++) {
            press(Keys.TAB);
            assertThat(((JavascriptExecutor) driver).executeScript(IN_DIALOG))
                    .as("Tab %d stays in the dialog", i + 1)
                    .isEqualTo(true);
        }
        press(Keys.ESCAPE);
        waitFor(d -> focus() != null && focus().get("name").toString().contains("#kpi-edit-plan"));
        assertThat(noRing).as("Tab stops without a visible focus").isEmpty();
    }

    private static final String IN_DIALOG =
            """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            for (let n = e; n; n = n.parentElement || (n.getRootNode && n.getRootNode().host) || null) {
              if (n.localName === 'vaadin-dialog-overlay') { return true; }
            }
            return false;
            """;

    private void logIn(String username) {
        driver.get("http://localhost:" + port + "/login");
        Browsers.settle(driver);
        // The user name field has the focus when the page opens.
        assertThat(focus().get("name")).asString().contains("username");
        new Actions(driver)
                .sendKeys(username)
                .sendKeys(Keys.TAB)
                .sendKeys(PASSWORD)
                .sendKeys(Keys.ENTER)
                .perform();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        Browsers.settle(driver);
    }

    /** Presses Tab until the focus meets the condition (at most 80 times), noting stops that show no focus. */
    private void tabUntil(String what, Predicate<Map<String, Object>> reached) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            Map<String, Object> f = focus();
            stops.add(f == null ? "(page)" : String.valueOf(f.get("name")));
            if (f == null) {
                continue;
            }
            if (!Boolean.TRUE.equals(f.get("ring"))) {
                noRing.add(driver.getCurrentUrl().replaceAll("^https?://[^/]+", "") + " " + f.get("name"));
            }
            if (reached.test(f)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + driver.getCurrentUrl() + "; it stopped at "
                + String.join(" → ", stops.subList(0, Math.min(30, stops.size()))));
    }

    private void shiftTabUntil(String what, Predicate<Map<String, Object>> reached) {
        for (int i = 0; i < 20; i++) {
            new Actions(driver)
                    .keyDown(Keys.SHIFT)
                    .sendKeys(Keys.TAB)
                    .keyUp(Keys.SHIFT)
                    .pause(Duration.ofMillis(120))
                    .perform();
            Map<String, Object> f = focus();
            if (f != null && reached.test(f)) {
                return;
            }
        }
        throw new AssertionError("Shift+Tab never reached " + what);
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).pause(Duration.ofMillis(200)).perform();
    }

    /** A field's error as assistive technology meets it: aria-invalid and the message it is described by. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> errorOf(String fieldId) {
        return (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeScript(
                        """
                        const f = document.getElementById(arguments[0]);
                        const input = f.querySelector('input');
                        const msg = f.querySelector('[slot=error-message]');
                        return { invalid: input.getAttribute('aria-invalid') || String(f.hasAttribute('invalid')),
                            describedBy: input.getAttribute('aria-describedby') || '',
                            messageId: msg ? msg.id : 'none', text: msg ? msg.textContent.trim() : '' };
                        """,
                        fieldId);
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).pause(Duration.ofMillis(120)).perform();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUS);
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }
}
