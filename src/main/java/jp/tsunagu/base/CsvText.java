package jp.tsunagu.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** CSV files as Japanese offices send them: UTF-8 (with or without BOM) or Shift_JIS as Windows writes it. */
public final class CsvText {

    public static final Charset SHIFT_JIS = Charset.forName("MS932");

    private CsvText() {}

    /** The text, decoded as UTF-8 if the bytes are valid UTF-8 (a BOM is dropped), otherwise as Shift_JIS. */
    public static String decode(byte[] content) {
        String text = new String(content, charsetOf(content));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A text cell as an export writes it: one that Excel would run as a formula (it begins with =, +, -, @, a tab or a
     * carriage return, as {@code =HYPERLINK(…)} in a deal title) gets a leading apostrophe, which Excel shows as
     * text and does not print. A plain negative number stays a number.
     */
    public static String safeCell(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '='
                || first == '+'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '-' && !cell.matches("-\\d+(\\.\\d+)?");
        return formula ? "'" + cell : cell;
    }

    /** The text of a cell an export wrote with {@link #safeCell}: the apostrophe goes again. */
    public static String unsafeCell(String cell) {
        return cell != null
                        && cell.length() > 1
                        && cell.charAt(0) == '\''
                        && !safeCell(cell.substring(1)).equals(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    public static Charset charsetOf(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return SHIFT_JIS;
        }
    }
}
