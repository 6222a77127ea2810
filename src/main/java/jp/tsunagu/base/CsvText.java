package jp.tsunagu.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** CSV files as Japanese offices send them: UTF-8 (with or without BOM) or Shift_JIS as Windows writes it. */
public final class CsvText {

    public static final Charset SHIFT_JIS = Charset.forName("MS932");

    private CsvText() {
    }

    /** The text, decoded as UTF-8 if the bytes are valid UTF-8 (a BOM is dropped), otherwise as Shift_JIS. */
    public static String decode(byte[] content) {
        String text = new String(content, charsetOf(content));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static Charset charsetOf(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return SHIFT_JIS;
        }
    }
}
