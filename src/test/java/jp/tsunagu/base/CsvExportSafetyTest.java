package jp.tsunagu.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV exports never hand Excel a formula: a deal title, customer or facility name beginning with =, +, -, @, a tab
 * or a carriage return is written as text (a leading apostrophe, which Excel does not print); numbers stay numbers.
 */
class CsvExportSafetyTest {

    @Test
    void text_that_excel_would_run_is_written_as_text_and_numbers_stay_numbers() {
        Table table = new Table(
                "案件",
                List.of(new Table.Column("案件名", Table.Kind.TEXT), new Table.Column("差", Table.Kind.YEN)),
                List.of(
                        new Table.Row(List.of("=HYPERLINK(\"http://example.com\",\"開く\")", -5000.0), null),
                        new Table.Row(List.of("+81 3 1234", 1.0), null),
                        new Table.Row(List.of("-(株)みらい", 2.0), null),
                        new Table.Row(List.of("@SUM(A1)", 3.0), null),
                        new Table.Row(List.of("\tタブ", 4.0), null),
                        new Table.Row(List.of("印刷の-とり", 5.0), null)));
        List<String> lines = new String(TableExport.csv(table), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"開く\"\")\",-5000");
        assertThat(lines.get(2)).startsWith("'+81 3 1234,");
        assertThat(lines.get(3)).startsWith("'-(株)みらい,");
        assertThat(lines.get(4)).startsWith("'@SUM(A1),");
        assertThat(lines.get(5)).startsWith("'\tタブ,");
        assertThat(lines.get(6)).isEqualTo("印刷の-とり,5");
    }

    @Test
    void a_plain_negative_number_is_not_text_and_the_apostrophe_comes_off_when_read_back() {
        assertThat(CsvText.safeCell("-12")).isEqualTo("-12");
        assertThat(CsvText.safeCell("-1.5")).isEqualTo("-1.5");
        assertThat(CsvText.unsafeCell(CsvText.safeCell("=1+1"))).isEqualTo("=1+1");
        assertThat(CsvText.unsafeCell("'ひまわり")).isEqualTo("'ひまわり");
    }
}
