package jp.tsunagu.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.base.RowError;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading facilities from the CSV files Japanese offices actually send, and refusing bad ones whole. */
@TsunaguTest
class FacilityImportTest {

    private static final String HEADER =
            "事業所名,法人名,種別,郵便番号,住所,市町村,担当者,電話番号,メール,PC作業,軽作業," + "施設外就労,PC作業者数,軽作業者数,支援員数,PC台数,月間作業可能時間,作業開始可能日,スキル\n";

    @Autowired
    FacilityImport importer;

    @Autowired
    FacilityService facilities;

    String town;

    @BeforeEach
    void setUp() {
        TestData.actAs("staff", AppRoles.INTERMEDIARY);
        town = TestData.unique("町");
    }

    @AfterEach
    void tearDown() {
        TestData.logout();
    }

    @Test
    void a_utf8_file_with_bom_previews_then_imports_every_row_with_its_survey() {
        byte[] csv = ("\uFEFF" + HEADER
                        + "あおば作業所,社会福祉法人あおば,B,420-0001,静岡市葵区1-2,TOWN,山田,054-111-2222,info@aoba.example.jp,○,○,,8,12,2,6,320,2026/12/01,データ入力;シール貼り\n"
                        + "みどり工房,NPO法人みどり,B型,,,TOWN,,,,,○,○,0,15,3,0,\"1,200\",2027-01-05,組立\n")
                .replace("TOWN", town)
                .getBytes(StandardCharsets.UTF_8);

        FacilityImport.Preview preview = importer.preview(csv, Locale.JAPAN);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).isEqualTo(2);
        assertThat(preview.charset()).isEqualTo(StandardCharsets.UTF_8);

        assertThat(importer.importAll(csv, Locale.JAPAN)).isEqualTo(2);
        assertThat(facilities.page(town, 0, 10))
                .extracting(FacilityRow::name)
                .containsExactlyInAnyOrder("あおば作業所", "みどり工房");
        FacilityRow aoba = facilities.page("あおば作業所 ".strip(), 0, 100).stream()
                .filter(r -> town.equals(r.municipality()))
                .findFirst()
                .orElseThrow();
        assertThat(aoba.acceptsPc()).isTrue();
        assertThat(aoba.pcWorkers()).isEqualTo(8);
        assertThat(aoba.monthlyCapacityHours()).isEqualTo(320);
        assertThat(facilities.latestSurvey(aoba.id()).orElseThrow().getSkillIds())
                .hasSize(2);
    }

    @Test
    void a_shift_jis_file_from_excel_is_read_correctly() {
        byte[] csv = (HEADER + "さくら作業所,社会福祉法人さくら,B,420-0002,,TOWN,佐々木,054-222-3333,,○,,,5,0,1,4,200,2026/12/15,\n")
                .replace("TOWN", town)
                .getBytes(Charset.forName("MS932"));

        FacilityImport.Preview preview = importer.preview(csv, Locale.JAPAN);
        assertThat(preview.charset().name()).isEqualTo("windows-31j");
        assertThat(preview.names()).containsExactly("さくら作業所");
        importer.importAll(csv, Locale.JAPAN);
        assertThat(facilities.page(town, 0, 10)).singleElement().satisfies(r -> assertThat(r.name())
                .isEqualTo("さくら作業所"));
    }

    @Test
    void every_bad_row_is_reported_by_line_and_column_and_nothing_is_imported() {
        byte[] csv = (HEADER
                        + ",名無し法人,B,,,TOWN,,,,,,,,,,,,,\n"
                        + "郵便作業所,,B,4200001X,,TOWN,,,,,,,,,,,,,\n"
                        + "電話作業所,,B,,,TOWN,,0541112222333,,,,,,,,,,,\n"
                        + "重複作業所,,B,,,TOWN,,,,,,,,,,,,,\n"
                        + "重複作業所,,B,,,TOWN,,,,,,,,,,,,,\n"
                        + "種別作業所,,C型,,,TOWN,,,,,,,,,,,,,\n"
                        + "数字作業所,,B,,,TOWN,,,,○,,,五,,,,,,\n"
                        + "技能作業所,,B,,,TOWN,,,,○,,,1,,,,10,2026/12/01,そろばん\n"
                        + "負数作業所,,B,,,TOWN,,,,○,,,1,,,,-5,2026/12/01,\n"
                        + "良い作業所,,B,,,TOWN,,,,,,,,,,,,,\n")
                .replace("TOWN", town)
                .getBytes(StandardCharsets.UTF_8);

        FacilityImport.Preview preview = importer.preview(csv, Locale.JAPAN);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.errors())
                .extracting(e -> e.line() + ":" + e.column() + ":" + e.message())
                .contains(
                        "2:事業所名:事業所名を入力してください",
                        "3:郵便番号:郵便番号は 123-4567 の形式で入力してください",
                        "4:電話番号:電話番号は 054-123-4567 の形式で入力してください",
                        "6:事業所名:同じ事業所がファイル内に2回あります",
                        "7:種別:種別「C型」は B・A・その他 のいずれかにしてください",
                        "8:PC作業者数:「五」は数字ではありません",
                        "9:スキル:スキル「そろばん」は登録されていません",
                        "10:月間作業可能時間:作業可能時間は0以上で入力してください");
        assertThatThrownBy(() -> importer.importAll(csv, Locale.JAPAN))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("import.notImportable");
        assertThat(facilities.count(town)).isZero();
    }

    @Test
    void a_facility_already_registered_is_a_duplicate_and_the_export_round_trips_as_duplicates() {
        byte[] csv = (HEADER + "往復作業所,,B,,,TOWN,,,,○,,,3,,,,100,2026/12/01,データ入力\n")
                .replace("TOWN", town)
                .getBytes(StandardCharsets.UTF_8);
        importer.importAll(csv, Locale.JAPAN);
        assertThat(importer.preview(csv, Locale.JAPAN).errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("「往復作業所」は同じ市町村に既に登録されています"));

        String exported = new String(importer.export(Locale.JAPAN), StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFF事業所名,").contains("往復作業所").contains("データ入力");
        String line =
                exported.lines().filter(l -> l.startsWith("往復作業所")).findFirst().orElseThrow();
        assertThat(importer.preview((HEADER + line + "\n").getBytes(StandardCharsets.UTF_8), Locale.JAPAN)
                        .errors())
                .extracting(RowError::column)
                .containsExactly("事業所名");
    }

    @Test
    void a_name_that_excel_would_run_as_a_formula_is_exported_as_text_and_imports_back_as_typed() {
        String name = "=HYPERLINK(\"http://example.com\",\"開く\")" + TestData.unique("");
        byte[] csv = (HEADER + "\"" + name.replace("\"", "\"\"") + "\",,B,,,TOWN,,,,,,,,,,,,,\n")
                .replace("TOWN", town)
                .getBytes(StandardCharsets.UTF_8);
        importer.importAll(csv, Locale.JAPAN);
        String exported = new String(importer.export(Locale.JAPAN), StandardCharsets.UTF_8);
        String line = exported.lines()
                .filter(l -> l.contains("HYPERLINK"))
                .findFirst()
                .orElseThrow();
        assertThat(line).startsWith("\"'=HYPERLINK(");
        // Read back, the apostrophe goes and the name is the one typed (a duplicate of the registered one).
        assertThat(importer.preview((HEADER + line + "\n").getBytes(StandardCharsets.UTF_8), Locale.JAPAN)
                        .errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains(name));
    }

    @Test
    void a_file_without_the_required_columns_or_not_csv_at_all_is_refused_with_a_reason() {
        var preview = importer.preview("名前,住所\nあ,い\n".getBytes(StandardCharsets.UTF_8), Locale.JAPAN);
        assertThat(preview.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).isEqualTo("必須の列がありません");
        });
        assertThat(importer.preview(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, Locale.JAPAN)
                        .importable())
                .isFalse();
    }
}
