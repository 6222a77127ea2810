package jp.tsunagu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Headless Chromium for the browser suite (Debian's chromium and chromium-driver). */
final class Browsers {

    private Browsers() {}

    /**
     * Makes this test's application context the one whose security strategy the JVM uses. Each context puts its own
     * into the static holder when it starts (Vaadin's configuration does), so after a browser test with a context of
     * its own, a cached context's services saw no login and refused every call; the order the classes run in decided
     * which ones failed.
     */
    static void useSecurityOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    static WebDriver chromium() {
        return chromium(1366, 900);
    }

    /** A browser window of this size (390 × 844 is a phone). */
    static WebDriver chromium(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tsunagu.browser.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height,
                "--lang=ja-JP");
        return new ChromeDriver(options);
    }

    /** Logs in on the login page and waits for the task inbox. */
    static void logIn(WebDriver driver, WebDriverWait wait, String base, String username, String password) {
        driver.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
    }

    /** Waits until Vaadin has nothing in flight: the page as its user would see it after a moment. */
    static void settle(WebDriver driver) {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete' && !!(window.Vaadin && Vaadin.Flow"
                                + " && Vaadin.Flow.clients) && Object.values(Vaadin.Flow.clients)"
                                + ".every((c) => !c.isActive || !c.isActive())")));
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the last page seen as {@code target/<name>.png} (for a failure's post-mortem) and closes the browser. */
    static void quit(WebDriver driver, String name) throws IOException {
        if (driver == null) {
            return;
        }
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.quit();
    }
}
