package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.assignment.Split;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.requirements.PricingBasis;
import jp.tsunagu.requirements.RequirementsForm;
import jp.tsunagu.requirements.RequirementsService;
import jp.tsunagu.requirements.VolumeUnit;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facility's staff member on a phone (390 × 844) in a real headless Chromium: opens the offer from the list, reads
 * the job, prints its sheet to PDF (the PDF holds the Japanese text), accepts with its own quantity, asks a question
 * on the same page, and meets the survey's rule beside the field. No page scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FacilityPortalBrowserIT {

    private static final String PASSWORD = "browser-pass-1";
    private static final String DESCRIPTION = "アンケート用紙の手書き回答をExcelに入力する";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDirectory users;

    @Autowired
    TestData data;

    @Autowired
    RequirementsService requirements;

    @Autowired
    OfferService offers;

    WebDriver driver;
    WebDriverWait wait;
    String username;
    String title;
    long facility;
    long sharedOffer;

    @BeforeEach
    void offerAJob() {
        Browsers.useSecurityOf(applicationContext);
        facility = data.facility(TestData.unique("町"));
        username = TestData.unique("fac");
        users.create(username, PASSWORD, "ひまわり 職員", AppRoles.FACILITY);
        users.linkFacility(username, facility);
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        title = TestData.unique("アンケート入力");
        long dealId = data.dealAtAssignment(title, WorkCategory.PC);
        RequirementsForm sheet = new RequirementsForm();
        sheet.setDescription(DESCRIPTION);
        sheet.setVolume(new BigDecimal("3000"));
        sheet.setVolumeUnit(VolumeUnit.PIECES_PER_MONTH);
        sheet.setUnitPrice(new BigDecimal("30"));
        sheet.setPricingBasis(PricingBasis.PER_PIECE);
        sheet.setAveragePerHour(new BigDecimal("20"));
        sheet.setSupporterPerHour(new BigDecimal("30"));
        requirements.save(dealId, 0, sheet);
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(facility), LocalDate.now().plusDays(3));
        TestData.actAs(TestData.unique("dir"), AppRoles.DIRECTOR);
        long sharedDeal = data.dealAtAssignment(TestData.unique("分担指定"), WorkCategory.PC);
        TestData.actAs(TestData.unique("staff"), AppRoles.INTERMEDIARY);
        offers.send(sharedDeal, LocalDate.now().plusDays(3), List.of(new Split(facility, 500, 30)));
        TestData.actAs(username, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        sharedOffer = offers.mine().stream()
                .filter(o -> o.dealId() == sharedDeal)
                .findFirst()
                .orElseThrow()
                .id();
        data.openBatch(facility);
        TestData.logout();

        driver = Browsers.chromium(390, 844);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        Browsers.quit(driver, "facility-portal-last-page");
        TestData.logout();
    }

    @Test
    void on_a_phone_a_facility_reads_an_offer_prints_it_accepts_with_its_own_quantity_and_asks() throws Exception {
        String base = "http://localhost:" + port;
        driver.get(base + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.get(base + "/portal/offers");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.offer-open")));
        assertFitsTheWidth("the offer list");
        driver.findElement(By.xpath("//div[contains(concat(' ', @class, ' '), ' offer-card ')][.//h2[text()='" + title
                        + "']]" + "//a[contains(@class,'offer-open')]"))
                .click();

        wait.until(ExpectedConditions.textToBe(By.id("offer-title"), title));
        String job = driver.findElement(By.id("job-sheet")).getText();
        assertThat(job).contains(DESCRIPTION).contains("3,000").contains("¥30");
        // 20 pieces an hour at ¥30: ¥600 an hour, 5 h × 20 days a month.
        assertThat(driver.findElement(By.id("wage-advisor")).getText())
                .as("what it pays a worker a month")
                .contains("¥60,000");
        assertFitsTheWidth("the offer page");

        Pdf pdf = ((PrintsPage) driver).print(new PrintOptions());
        byte[] printed = Base64.getDecoder().decode(pdf.getContent());
        Files.write(Path.of("target/offer-sheet.pdf"), printed);
        try (PDDocument doc = Loader.loadPDF(printed)) {
            // Lines wrap where the page ends them: compare without the breaks.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text)
                    .as("the printed sheet, in Japanese, whole")
                    .contains(title)
                    .contains(DESCRIPTION)
                    .contains("¥30")
                    .doesNotContain("回答を送る");
        }

        List<WebElement> choices = driver.findElements(By.cssSelector("#offer-answer vaadin-radio-button"));
        tap(choices.get(0));
        tap(driver.findElement(By.cssSelector("#offer-send")));
        wait.until(ExpectedConditions.attributeToBe(By.id("offer-quantity"), "invalid", "true"));
        type("#offer-quantity input", "500");
        type("#offer-hours input", "40");
        type("#offer-start input", LocalDate.now().plusDays(10).toString().replace('-', '/'));
        tap(driver.findElement(By.cssSelector("#offer-send")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-answered"), "500"));

        type("#question-text textarea", "在宅の利用者も作業できますか？");
        tap(driver.findElement(By.id("ask-question")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-questions"), "在宅の利用者も作業できますか？"));
        assertFitsTheWidth("the answered offer page");

        // An offer that names the share: one tap.
        driver.get(base + "/portal/offers/" + sharedOffer);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-share"), "500"));
        tap(driver.findElements(By.cssSelector("#offer-answer vaadin-radio-button"))
                .get(0));
        tap(driver.findElement(By.cssSelector("#offer-send")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offer-answered"), "500"));

        // The job under 担当する仕事, and its batch reported from there.
        driver.get(base + "/portal/jobs");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-workers input")));
        assertFitsTheWidth("the job list");
        type(".report-workers input", "2");
        type(".report-hours input", "12.5");
        tap(driver.findElement(By.cssSelector(".report-send")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".batch-reported"), "12.5"));

        driver.get(base + "/facilities/" + facility);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#survey-hours-to input")));
        type("#survey-hours-from input", "15:00");
        type("#survey-hours-to input", "09:00");
        wait.until(ExpectedConditions.attributeToBe(By.id("survey-hours-to"), "invalid", "true"));
        assertThat(driver.findElement(By.id("survey-hours-to")).getDomProperty("errorMessage"))
                .isEqualTo("作業時間の終了は開始より後にしてください");
    }

    @Test
    void no_portal_page_nor_the_inbox_scrolls_sideways_on_a_phone_or_a_tablet() throws Exception {
        String base = "http://localhost:" + port;
        long offer;
        TestData.actAs(username, AppRoles.FACILITY, AppRoles.facilityGroup(facility));
        offer = offers.mine().get(0).id();
        long dealId = offers.mineOne(offer).dealId();
        TestData.logout();
        String director = TestData.unique("dir");
        users.create(director, PASSWORD, "ディレクター", AppRoles.DIRECTOR);
        TestData.actAs(director, AppRoles.DIRECTOR);
        data.deal(TestData.unique("受信箱の案件"), WorkCategory.PC);
        TestData.logout();
        String staff = TestData.unique("staff");
        users.create(staff, PASSWORD, "中間支援 職員", AppRoles.INTERMEDIARY);
        String supervisor = TestData.unique("sv");
        users.create(supervisor, PASSWORD, "監督者", AppRoles.SUPERVISOR);

        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put(
                username,
                List.of(
                        "portal/offers",
                        "portal/offers/" + offer,
                        "portal/jobs",
                        "portal/deals/" + dealId + "/questions",
                        "facilities/" + facility,
                        "wages",
                        "quality/errors",
                        "profile"));
        routes.put(director, List.of("tasks"));
        routes.put(staff, List.of("tasks"));
        routes.put(supervisor, List.of("tasks"));
        List<String> wide = new ArrayList<>();
        for (int[] size : new int[][] {{390, 844}, {768, 1024}}) {
            for (var who : routes.entrySet()) {
                driver.quit();
                driver = Browsers.chromium(size[0], size[1]);
                wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                driver.get(base + "/login");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                        .sendKeys(who.getKey());
                driver.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                for (String route : who.getValue()) {
                    driver.get(base + "/" + route);
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout h2, "
                            + "vaadin-app-layout h1, vaadin-app-layout vaadin-grid, vaadin-app-layout .offer-card")));
                    Thread.sleep(500);
                    List<?> widths = (List<?>) ((JavascriptExecutor) driver)
                            .executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
                    if (((Number) widths.get(0)).longValue() > ((Number) widths.get(1)).longValue()) {
                        wide.add(size[0] + " px /" + route + ": " + widths);
                    }
                    if (route.startsWith("portal/")) {
                        Object small = ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return [...document"
                                                + ".querySelectorAll('vaadin-button')].filter(b => b.offsetParent !== null)"
                                                + ".filter(b => b.getBoundingClientRect().height < 44).map(b => b.textContent.trim());");
                        if (!((List<?>) small).isEmpty()) {
                            wide.add(size[0] + " px /" + route + ": buttons under 44 px " + small);
                        }
                    }
                }
            }
        }
        assertThat(wide).as("pages wider than the window, or small targets").isEmpty();
    }

    /** A tap on the element once it is scrolled to the middle of the small screen. */
    private void tap(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        tap(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER, Keys.TAB);
    }

    private void assertFitsTheWidth(String what) {
        List<?> widths = (List<?>) ((JavascriptExecutor) driver)
                .executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(((Number) widths.get(0)).longValue())
                .as(what + " scrolls sideways")
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }
}
