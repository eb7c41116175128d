package dev.marsad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Tells text from binary data by its first bytes. Thread-safe. */
final class BinarySniffer {
    private static final int SAMPLE = 8192;

    private BinarySniffer() {
    }

    static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * UTF-16 written without a byte-order mark (Windows tools do this): nearly every code unit's high byte is
     * 0x00 (Latin), 0x06 (Arabic), 0x20 (punctuation) or 0xFE/0xFB (presentation forms), at the odd bytes for
     * little-endian and the even ones for big-endian. Without this check its 0x06 and 0x00 bytes read as binary.
     */
    static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int highOdd = 0;
        int highEven = 0;
        for (int i = 0; i < n; i += 2) {
            highEven += isTextHighByte(b[i]) ? 1 : 0;
            highOdd += isTextHighByte(b[i + 1]) ? 1 : 0;
        }
        // The other half holds low bytes (letters), which fall in that set only for spaces and a few marks.
        int units = n / 2;
        if (highOdd * 10 >= units * 9 && highEven * 2 < units) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (highEven * 10 >= units * 9 && highOdd * 2 < units) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean isTextHighByte(byte value) {
        int v = value & 0xFF;
        return v == 0x00 || v == 0x06 || v == 0x20 || v == 0xFE || v == 0xFB;
    }

    /** True when the sample has NUL bytes or many C0 control bytes, which no text encoding in use produces. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                controls++;
            }
        }
        return controls * 20 > n;
    }

    /** A short description naming a known binary format when the magic bytes tell it. */
    static String describe(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(b, "PK")) {
            return "ZIP archive";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "PNG image";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "JPEG image";
        }
        if (b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "gzip data";
        }
        return "control bytes found";
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
