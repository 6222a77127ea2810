package jp.tsunagu.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A {@link Table} as a file: CSV in UTF-8 with a BOM (so that Excel opens the Japanese as it is), or an Excel
 * workbook whose numbers stay numbers (yen with a thousands separator, rates as percent, dates as dates).
 */
public final class TableExport {

    private TableExport() {}

    /** The table as CSV: a header row, then one row per line; yen and counts as plain numbers, rates as 12.5%. */
    public static byte[] csv(Table table) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(table.columns().stream()
                                .map(Table.Column::header)
                                .toArray(String[]::new))
                        .get())) {
            for (Table.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    cells.add(CsvText.safeCell(
                            text(row.cells().get(i), table.columns().get(i).kind())));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The table as an .xlsx workbook with one sheet named after it. */
    public static byte[] xlsx(Table table) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle yen = book.createCellStyle();
            yen.setDataFormat(book.createDataFormat().getFormat("\"¥\"#,##0"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            CellStyle days = book.createCellStyle();
            days.setDataFormat(book.createDataFormat().getFormat("0.0"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy/mm/dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(table.columns().get(i).header());
                c.setCellStyle(head);
            }
            int r = 1;
            for (Table.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < table.columns().size(); i++) {
                    Object v = row.cells().get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = line.createCell(i);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                        switch (table.columns().get(i).kind()) {
                            case YEN -> c.setCellStyle(yen);
                            case PERCENT -> c.setCellStyle(percent);
                            case DAYS -> c.setCellStyle(days);
                            default -> {}
                        }
                    } else if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(date);
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            }
            for (int i = 0; i < table.columns().size(); i++) {
                sheet.setColumnWidth(
                        i,
                        Math.min(
                                        60,
                                        Math.max(
                                                10,
                                                table.columns().get(i).header().length() * 3))
                                * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as the CSV writes it: rates are fractions in the table and percent in the file. */
    static String text(Object v, Table.Kind kind) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n && kind == Table.Kind.PERCENT) {
            return new BigDecimal(n.doubleValue() * 100).setScale(1, RoundingMode.HALF_UP) + "%";
        }
        if (v instanceof Number n && kind == Table.Kind.DAYS) {
            return new BigDecimal(n.doubleValue())
                    .setScale(1, RoundingMode.HALF_UP)
                    .toPlainString();
        }
        if (v instanceof Double d && kind == Table.Kind.YEN) {
            return String.valueOf(Math.round(d));
        }
        if (v instanceof LocalDate d) {
            return d.toString().replace('-', '/');
        }
        return v.toString();
    }
}
