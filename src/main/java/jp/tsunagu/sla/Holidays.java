package jp.tsunagu.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.tsunagu.base.UserFacingException;

/**
 * The national holidays the app counts with: the official list (the Cabinet Office's {@code syukujitsu.csv}) up to
 * the end of its last year, and {@link HolidayRules} after it. The app ships the list; an admin loads a newer one.
 */
public record Holidays(SortedMap<LocalDate, String> official, LocalDate coversUntil) {

    /** The Cabinet Office's file is Shift_JIS (Windows' variant, as Excel writes it). */
    public static final Charset SHIFT_JIS = Charset.forName("MS932");

    static final String SHIPPED = "/holidays/syukujitsu.csv";
    /** A file larger than this is not a holiday list. */
    public static final int MAX_BYTES = 1024 * 1024;

    public Holidays {
        official = Collections.unmodifiableSortedMap(new TreeMap<>(official));
    }

    public boolean isHoliday(LocalDate date) {
        return date.isAfter(coversUntil) ? HolidayRules.isHoliday(date) : official.containsKey(date);
    }

    /** The list that ships with the app. */
    public static Holidays shipped() {
        try (InputStream in = Holidays.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a {@code syukujitsu.csv}: a header row, then {@code 2026/5/6,休日} rows (Shift_JIS; UTF-8 with a BOM is
     * read too). Refused with a message naming the line: another header, a date that is not one, no rows, a file
     * that ends before 2025 (older than the one shipped). Covers up to the end of its last year.
     */
    public static Holidays parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("holidays.tooLarge");
        }
        String text = decode(bytes);
        SortedMap<LocalDate, String> days = new TreeMap<>();
        BufferedReader lines = new BufferedReader(new StringReader(text));
        String header = lines.readLine();
        if (header == null || !header.replace("\uFEFF", "").strip().startsWith("国民の祝日・休日月日")) {
            throw new UserFacingException("holidays.header");
        }
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            try {
                String[] ymd = cells[0].strip().split("/");
                LocalDate day =
                        LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
                String name = cells.length > 1 ? cells[1].strip() : "";
                days.put(day, name.isEmpty() ? HolidayRules.EXTRA : name);
            } catch (RuntimeException notADate) {
                throw new UserFacingException(
                        "holidays.line", number, line.length() > 40 ? line.substring(0, 40) : line);
            }
        }
        if (days.isEmpty()) {
            throw new UserFacingException("holidays.empty");
        }
        LocalDate last = days.lastKey();
        if (last.getYear() < 2025) {
            throw new UserFacingException("holidays.old", String.valueOf(last.getYear()));
        }
        return new Holidays(days, LocalDate.of(last.getYear(), 12, 31));
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        CharsetDecoder decoder = SHIFT_JIS
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("holidays.encoding");
        }
    }
}
