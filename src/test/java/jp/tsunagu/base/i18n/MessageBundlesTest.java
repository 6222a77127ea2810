package jp.tsunagu.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.tsunagu.assignment.OfferStatus;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.Party;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.facility.FacilityType;
import jp.tsunagu.facility.Participation;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.SlaState;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.sla.SlaUnit;
import org.junit.jupiter.api.Test;

/** No screen shows a raw key: every key the code asks for is in both languages, and the two match. */
class MessageBundlesTest {

    @Test
    void japanese_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("messages_en").stringPropertyNames())
                .isEqualTo(load("messages_ja").stringPropertyNames());
        assertThat(load("ValidationMessages_en").stringPropertyNames())
                .isEqualTo(load("ValidationMessages_ja").stringPropertyNames());
    }

    @Test
    void every_literal_key_in_the_code_is_translated() throws IOException {
        Set<String> keys = load("messages_ja").stringPropertyNames();
        Set<String> used = new HashSet<>();
        Pattern call =
                Pattern.compile("(?:getTranslation|UserFacingException|translate|fact)\\(\"([a-zA-Z.]+[a-zA-Z])\"");
        Pattern menu = Pattern.compile("title = \"([a-zA-Z.]+)\"");
        // Keys handed on as values (notices, SLA and calendar messages) rather than passed to a call directly.
        Pattern literal = Pattern.compile("\"((?:notice|sla|calendar)\\.[a-zA-Z.]*[a-zA-Z])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern p : new Pattern[] {call, menu, literal}) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    @Test
    void every_enum_shown_on_screen_has_a_label() throws IOException {
        Set<String> keys = load("messages_ja").stringPropertyNames();
        assertLabels(keys, "stage.", DealStage.values());
        assertLabels(keys, "status.", DealStatus.values());
        assertLabels(keys, "category.", WorkCategory.values());
        assertLabels(keys, "orderType.", OrderType.values());
        assertLabels(keys, "outcome.", Outcome.values());
        assertLabels(keys, "party.", Party.values());
        AppRoles.ALL.forEach(r -> assertThat(keys).contains("role." + r));
        assertLabels(keys, "sla.state.", SlaState.values());
        assertLabels(keys, "offer.status.", OfferStatus.values());
        assertLabels(keys, "facilityType.", FacilityType.values());
        assertLabels(keys, "participation.", Participation.values());
        assertLabels(keys, "sla.unit.", SlaUnit.values());
        assertLabels(keys, "sla.unit.amount.", SlaUnit.values());
    }

    @Test
    void a_missing_key_falls_back_to_the_key_and_parameters_are_filled() {
        assertThat(TsunaguI18NProvider.translate("inbox.mine", TsunaguI18NProvider.JAPANESE, 3))
                .isEqualTo("自分のタスク（3）");
        assertThat(TsunaguI18NProvider.translate("inbox.group", TsunaguI18NProvider.ENGLISH, 2))
                .isEqualTo("My groups' tasks (2)");
        assertThat(TsunaguI18NProvider.translate("no.such.key", TsunaguI18NProvider.JAPANESE))
                .isEqualTo("no.such.key");
    }

    private static void assertLabels(Set<String> keys, String prefix, Enum<?>[] values) {
        Arrays.stream(values)
                .forEach(v -> assertThat(keys).as(prefix + v.name()).contains(prefix + v.name()));
    }

    @Test
    void a_message_with_placeholders_shows_its_apostrophes_and_fills_every_placeholder() throws IOException {
        // In a MessageFormat pattern a lone apostrophe starts quoted text: "Office's list up to {0}" would lose the
        // apostrophe and print "{0}" as it stands. Such a message must write it twice.
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("messages_en", "messages_ja")) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                Object[] args = {7100, 7101, 7102, 7103, 7104, 7105};
                String shown = new MessageFormat(pattern, Locale.ROOT).format(args);
                int placeholders = (int) Pattern.compile("\\{(\\d)")
                        .matcher(pattern)
                        .results()
                        .map(m -> m.group(1))
                        .distinct()
                        .count();
                String digits = shown.replace(",", "");
                long filled = IntStream.range(0, 6)
                        .filter(i -> digits.contains("710" + i))
                        .count();
                if (shown.matches("(?s).*\\{\\d.*")
                        || filled < placeholders
                        || pattern.replace("''", "").contains("'")) {
                    wrong.add(bundle + ": " + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void english_counts_agree_in_number_and_lists_use_english_commas() throws IOException {
        assertThat(TsunaguI18NProvider.translate("offer.sentTo", Locale.ENGLISH, 1))
                .isEqualTo("Offer sent to 1 facility");
        assertThat(TsunaguI18NProvider.translate("offer.sentTo", Locale.ENGLISH, 3))
                .isEqualTo("Offers sent to 3 facilities");
        assertThat(TsunaguI18NProvider.translate("req.facilitiesCount", Locale.ENGLISH, 1))
                .isEqualTo("1 facility");
        assertThat(TsunaguI18NProvider.translate("board.totals", Locale.ENGLISH, 1200, "¥3,000"))
                .isEqualTo("1,200 deals · ¥3,000 a month");
        assertThat(TsunaguI18NProvider.translate("list.separator", Locale.ENGLISH))
                .isEqualTo(", ");
        assertThat(TsunaguI18NProvider.translate("list.separator", Locale.JAPANESE))
                .isEqualTo("、");
        // "{0} facilities" reads "1 facilities" for one: a count of these things chooses its form.
        List<String> plain = new ArrayList<>();
        Properties en = load("messages_en");
        for (String key : en.stringPropertyNames()) {
            if (!en.getProperty(key).contains(",choice,")
                    && en.getProperty(key)
                            .matches(
                                    "(?s).*\\{\\d\\} (facilities|deals|tasks|batches|questions|offers|files|customers|business days|business hours)\\b.*")) {
                plain.add(key);
            }
        }
        assertThat(plain).isEmpty();
        assertThat(TsunaguI18NProvider.translate("sla.days", Locale.ENGLISH, 1.0))
                .isEqualTo("1 business day");
        assertThat(TsunaguI18NProvider.translate("sla.days", Locale.ENGLISH, 1.5))
                .isEqualTo("1.5 business days");
        assertThat(TsunaguI18NProvider.translate("sla.unit.amount.BUSINESS_DAYS", Locale.ENGLISH, 1))
                .isEqualTo("1 business day");
    }

    @Test
    void no_bundle_file_names_a_key_twice_since_the_later_line_would_silently_replace_the_first() throws IOException {
        for (String name : TsunaguI18NProvider.BUNDLES) {
            for (String language : List.of("ja", "en")) {
                try (InputStream in = MessageBundlesTest.class.getResourceAsStream(
                        "/i18n/" + name + "_" + language + ".properties")) {
                    List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                            .map(l -> l.substring(0, l.indexOf('=')).strip())
                            .toList();
                    assertThat(keys).as(name + "_" + language).doesNotHaveDuplicates();
                }
            }
        }
    }

    @Test
    void each_features_bundle_has_the_same_keys_in_both_languages_and_a_key_lives_in_one_bundle() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String name : TsunaguI18NProvider.BUNDLES) {
            Set<String> ja = part(name, "ja").stringPropertyNames();
            assertThat(part(name, "en").stringPropertyNames()).as(name).isEqualTo(ja);
            for (String key : ja) {
                assertThat(seen.add(key)).as(key + " in two bundles").isTrue();
            }
        }
    }

    /** Every feature's bundle of one language ({@code messages_ja}, {@code messages_en}) as one set of messages. */
    private static Properties load(String name) throws IOException {
        String language = name.substring(name.indexOf('_') + 1);
        Properties all = new Properties();
        for (String part : TsunaguI18NProvider.BUNDLES) {
            all.putAll(part(part, language));
        }
        return all;
    }

    private static Properties part(String name, String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + "_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
