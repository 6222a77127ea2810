package jp.tsunagu;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the browser suite: the script from npm ({@code src/test/a11y}, installed by the browser profile at its
 * locked version) injected into the page, run with the rules of WCAG 2.0 A and AA, which JIS X 8341-3:2016 level AA
 * adopts, and axe's best practices (landmarks, one {@code h1}, heading order).
 */
final class Axe {

    /** The rule sets run: JIS X 8341-3:2016 is WCAG 2.0; best practices add the landmark and heading rules. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "best-practice");

    /** One rule broken on a page: its impact, what it asks, and the first elements that break it. */
    record Violation(String id, String impact, String help, List<String> targets) {

        boolean blocking() {
            return "critical".equals(impact) || "serious".equals(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + id + " (" + help + ") at " + String.join(" | ", targets);
        }
    }

    private static String source;

    private Axe() {}

    /**
     * Runs axe on the page as it stands (open dialogs included). Vaadin's connection indicator is left out: it is the
     * framework's own, empty and hidden unless the server is slow to answer.
     */
    static List<Violation> check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) js.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                axe.run({ exclude: [['vaadin-connection-indicator']] },
                        { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact,
                      help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))))
                  .catch((e) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e),
                      targets: [] }])));
                """,
                TAGS);
        try {
            return new ObjectMapper().readValue(json, new TypeReference<List<Violation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (source == null) {
            Path script =
                    Path.of(System.getProperty("tsunagu.axe.script", "target/a11y/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core not found at " + script + ": run mvn verify -Pbrowser", e);
            }
        }
        return source;
    }
}
