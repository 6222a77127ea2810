package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The idle timeout ends the login even while a tab stays open and keeps sending heartbeats. Shortened to one minute
 * (heartbeat every 10 s) so the test takes about two; production runs 30 minutes with the default heartbeat.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.timeout=1m", "vaadin.heartbeatInterval=10"})
@ActiveProfiles("test")
class IdleTimeoutBrowserIT {

    private static final String PASSWORD = "idle-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDirectory users;

    WebDriver driver;
    WebDriverWait wait;
    String username;

    @BeforeEach
    void startBrowser() {
        Browsers.useSecurityOf(applicationContext);
        username = TestData.unique("idle");
        users.create(username, PASSWORD, "アイドル 花子", AppRoles.DIRECTOR);
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "browser-idle-last-page");
    }

    @Test
    void an_open_tab_left_alone_past_the_timeout_is_logged_out() throws InterruptedException {
        String base = "http://localhost:" + port;
        Browsers.logIn(driver, wait, base, username, PASSWORD);

        // A page load within the timeout keeps the login (the session is not simply short-lived).
        Thread.sleep(30_000);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
        assertThat(driver.getCurrentUrl()).endsWith("/tasks");

        // Now only heartbeats for 100 s: Vaadin closes the idle tab after 60 s, and the login must end with it.
        Thread.sleep(100_000);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        assertThat(driver.getCurrentUrl()).contains("/login");
    }
}
