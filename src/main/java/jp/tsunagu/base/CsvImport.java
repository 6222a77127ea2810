package jp.tsunagu.base;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one way a CSV file is imported: a size limit, UTF-8 or Shift_JIS as the file is, a header row with the
 * required columns, each line read with its line number, a row limit, and every error listed by line. The callers
 * save all rows or, when any line has an error, none.
 */
public final class CsvImport {

    /** How big a file may be. */
    public record Limits(int maxBytes, int maxRows) {}

    /** What a kind of file makes of its header and lines. */
    public interface Reader<T> {

        /** The required columns the header lacks, by the name the file should use; none: the lines can be read. */
        List<String> missing(Set<String> header);

        /** One line as a row, or null when it has errors (added to {@code errors} with its line number). */
        T row(CSVRecord record, int line, List<RowError> errors);
    }

    private CsvImport() {}

    /**
     * The rows of the file, and in {@code errors} what is wrong with it, sorted by line. Refused outright (nothing
     * read) when the file or its number of rows is over the limits.
     */
    public static <T> List<T> read(
            byte[] content, Limits limits, Locale locale, List<RowError> errors, Reader<T> reader) {
        if (content.length > limits.maxBytes()) {
            throw new UserFacingException("import.tooLarge", limits.maxBytes() / 1024 / 1024);
        }
        List<T> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(CsvText.decode(content)))) {
            List<String> missing = reader.missing(parser.getHeaderMap().keySet());
            if (!missing.isEmpty()) {
                errors.add(new RowError(
                        1, String.join("・", missing), TsunaguI18NProvider.translate("import.columnsMissing", locale)));
                return rows;
            }
            for (CSVRecord record : parser) {
                if (rows.size() + errors.size() >= limits.maxRows()) {
                    throw new UserFacingException("import.tooManyRows", limits.maxRows());
                }
                T row = reader.row(record, (int) record.getRecordNumber() + 1, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            errors.add(new RowError(1, "", TsunaguI18NProvider.translate("import.unreadable", locale)));
        }
        errors.sort(Comparator.comparingInt(RowError::line));
        return rows;
    }
}
