package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.documents.DocumentRow;
import jp.tsunagu.documents.DocumentService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The work's documents and the notice that reaches the facility, in a real Chromium with a real SMTP server: the
 * intermediary's suzuki attaches the procedure PDF to the deal, shared with the facilities offered, and sends the
 * offer; the facility's mail names the job and links to the offer; himawari follows the link, logs in, lands on the
 * offer and downloads the PDF byte for byte; aoi, not offered, is told "not found" for the same file, on the screen
 * and through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class DocumentsAndNoticesBrowserIT {

    private static final String PASSWORD = "browser-pass-1";
    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    /** A small real PDF: its bytes must come back unchanged. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages"
                    + "/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                    + "trailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /**
     * The security strategy in force before this class's own application context made its own the JVM's: put back
     * afterwards, so that the next browser test's cached context still reaches its method security.
     */
    private static final SecurityContextHolderStrategy BEFORE = SecurityContextHolder.getContextHolderStrategy();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailAndAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tsunagu.base-url", () -> "http://localhost:" + PORT);
        registry.add("tsunagu.notices.poll", () -> "PT1S");
    }

    @Autowired
    TestData data;

    @Autowired
    UserDirectory users;

    @Autowired
    OfferService offers;

    @Autowired
    DocumentService documents;

    WebDriver driver;

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "documents-notices-last-page");
        TestData.logout();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
        SecurityContextHolder.setContextHolderStrategy(BEFORE);
    }

    @Test
    void a_shared_procedure_reaches_the_offered_facility_by_mail_link_and_no_one_else() throws Exception {
        long himawariFacility = data.facility("静岡市");
        long aoiFacility = data.facility("浜松市");
        String suzuki = TestData.unique("suzuki");
        String himawari = TestData.unique("himawari");
        String aoi = TestData.unique("aoi");
        users.create(suzuki, PASSWORD, "鈴木 花子", AppRoles.INTERMEDIARY);
        users.create(himawari, PASSWORD, "ひまわり 職員", AppRoles.FACILITY);
        users.linkFacility(himawari, himawariFacility);
        users.setEmail(himawari, "himawari@example.jp");
        users.create(aoi, PASSWORD, "あおい 職員", AppRoles.FACILITY);
        users.linkFacility(aoi, aoiFacility);
        users.setEmail(aoi, "aoi@example.jp");
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        String title = TestData.unique("アンケート入力");
        long dealId = data.dealAtAssignment(title, WorkCategory.PC);
        TestData.logout();
        String base = "http://localhost:" + PORT;

        // suzuki attaches the procedure on the deal page, for the facilities too.
        driver = Browsers.chromium(1440, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        logIn(wait, base, suzuki);
        driver.get(base + "/deals/" + dealId);
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents")));
        WebElement share = panel.findElement(By.xpath(".//vaadin-radio-button[contains(., '事業所にも公開')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", share);
        share.click();
        Path file = Files.createTempDirectory("tsunagu").resolve("作業手順書.pdf");
        Files.write(file, PDF);
        WebElement upload = panel.findElement(By.cssSelector("vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#documents .documents-list"), "作業手順書.pdf"));
        assertThat(driver.findElement(By.cssSelector("#documents .document-row"))
                        .getText())
                .contains("事業所にも公開");

        // suzuki sends the offer (as the assignment workspace does).
        TestData.actAs(suzuki, AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(himawariFacility), LocalDate.now().plusDays(3));
        DocumentRow procedure = documents.ofDeal(dealId).get(0);
        TestData.logout();

        // The facility's mail: the job named, the offer's own link.
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (SMTP.getReceivedMessagesForDomain("example.jp").length == 0 && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("example.jp");
        assertThat(mails).as("one mail, to himawari only").hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("himawari@example.jp");
        assertThat(mails[0].getSubject()).contains(title).contains("オファーが届きました");
        String text = Mails.part(mails[0], "text/plain");
        Matcher link =
                Pattern.compile(Pattern.quote(base) + "/portal/offers/(\\d+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(Mails.part(mails[0], "text/html")).contains("href=\"" + link.group() + "\"");

        // himawari follows the link, logs in, and is on the offer with the procedure to download.
        driver.quit();
        driver = Browsers.chromium(390, 844);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(link.group());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(himawari);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("offer-title"), title));
        assertThat(driver.getCurrentUrl())
                .as("back on the link after the login")
                .startsWith(link.group());
        WebElement shared =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".facility-documents")));
        WebElement download = shared.findElement(By.xpath(".//a[contains(., '作業手順書.pdf')]"));
        String href = download.getAttribute("href");
        assertThat(href).isEqualTo(base + "/files/" + procedure.id());
        assertThat(fetch(href)).as("byte for byte").isEqualTo(PDF);
        // The download keeps its Japanese name; the preview may be framed by Tsunagu's own page only.
        assertThat(header(href, "content-disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E4%BD%9C%E6%A5%AD%E6%89%8B%E9%A0%86%E6%9B%B8.pdf");
        assertThat(header(href, "x-frame-options")).isEqualTo("DENY");
        assertThat(header(href + "?inline=true", "content-disposition")).startsWith("inline;");
        assertThat(header(href + "?inline=true", "x-frame-options")).isEqualTo("SAMEORIGIN");

        // The same notice in the app, whole on a phone: the time above the full text.
        driver.get(base + "/notifications");
        WebElement notice =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice-card-text")));
        assertThat(notice.getText())
                .isEqualTo("「" + title + "」のお仕事のオファーが届きました。"
                        + LocalDate.now().plusDays(3).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                        + " までにお返事ください");
        long window = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
        assertThat((long) notice.getRect().getX() + notice.getRect().getWidth())
                .as("within the window")
                .isLessThanOrEqualTo(window);

        // aoi, not offered: not found, on the screen and through the API.
        driver.quit();
        driver = Browsers.chromium(390, 844);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(aoi);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(href);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                        .getText())
                .contains("資料が見つかりません");
        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/documents/" + procedure.id() + "/content"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((aoi + ":" + PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("資料が見つかりません").doesNotContain("%PDF");
    }

    /** A response header of a URL as the logged-in browser gets it. */
    private String header(String url, String name) {
        return (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.headers.get(arguments[1])));",
                        url,
                        name);
    }

    /** The bytes of a URL as the logged-in browser gets them. */
    private byte[] fetch(String url) {
        Object base64 = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                                + "let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                        url);
        return Base64.getDecoder().decode((String) base64);
    }

    private void logIn(WebDriverWait wait, String base, String username) {
        driver.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
