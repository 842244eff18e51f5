package ru.knmc.innonet.registry.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.io.ByteOrderMark;
import org.mozilla.universalchardet.UniversalDetector;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * Decodes a CSV the way the centre's files come: UTF-8 (with or without BOM) from newer programs,
 * Windows-1251 from Excel «CSV (разделители — запятые)», rarely KOI8-R or DOS (IBM866).
 */
final class TextDecoder {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final List<ByteOrderMark> BOMS = List.of(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE,
            ByteOrderMark.UTF_16BE);
    private static final int SAMPLE = 64 * 1024;

    record Decoded(String text, String encodingLabel) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String fileName) {
        for (ByteOrderMark bom : BOMS) {
            if (startsWith(bytes, bom.getBytes())) {
                Charset cs = Charset.forName(bom.getCharsetName());
                String text = new String(bytes, bom.length(), bytes.length - bom.length(), cs);
                return new Decoded(text, bom == ByteOrderMark.UTF_8 ? Messages.get("import.encoding.utf8bom") : cs.name());
            }
        }
        if (looksBinary(bytes)) {
            throw new UserException("import.error.notText", fileName);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        Charset cs = singleByteCharset(bytes);
        return new Decoded(new String(bytes, cs), label(cs));
    }

    /** NUL bytes or many control characters: an image, a zip, an old .xls renamed to .csv. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > n / 100;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Not UTF-8: Windows-1251 unless juniversalchardet proposes another Cyrillic code page that reads as more
     * natural Russian (mostly small letters); on short texts the detector alone mistakes 1251 for KOI8-R.
     */
    private static Charset singleByteCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE));
        detector.dataEnd();
        String proposed = detector.getDetectedCharset();
        if (proposed != null && Charset.isSupported(proposed)) {
            Charset cs = Charset.forName(proposed);
            if (!cs.equals(WINDOWS_1251) && !cs.equals(StandardCharsets.UTF_8)
                    && lowerCyrillic(bytes, cs) > lowerCyrillic(bytes, WINDOWS_1251)) {
                return cs;
            }
        }
        return WINDOWS_1251;
    }

    private static long lowerCyrillic(byte[] bytes, Charset cs) {
        String s = new String(bytes, 0, Math.min(bytes.length, SAMPLE), cs);
        return s.chars().filter(c -> (c >= '\u0430' && c <= '\u044F') || c == '\u0451').count();
    }

    private static String label(Charset cs) {
        return cs.equals(WINDOWS_1251) ? "Windows-1251" : cs.name();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
