package dev.marsad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.SourceDocument;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.model.outcome.RejectionReason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an input's bytes into a {@link SourceDocument}: rejects empty, binary and oversized input, finds the
 * character encoding and tells HTML from plain text. Parses the bytes it is given and never fetches.
 * Thread-safe.
 *
 * <p>Encoding, first that applies: a byte-order mark (or UTF-16 without one, told by its high bytes); the HTTP {@code charset}; a {@code <meta charset>} in
 * the first 4 KiB; strict UTF-8 if the bytes decode as such; ICU's statistical detector, which recognises
 * windows-1256 and ISO-8859-6 Arabic; windows-1256 as the last resort for bytes with the high bit set (the
 * legacy encoding of most Arabic sites).
 */
public final class DocumentDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_MARKERS = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|div|p|article|title)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private final DecodeConfig config;

    public DocumentDecoder(DecodeConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /**
     * Decodes {@code bytes} read from {@code source}.
     *
     * @param contentType the HTTP Content-Type when fetched, empty for files
     */
    public ReadOutcome decode(String source, byte[] bytes, Optional<String> contentType) {
        if (bytes.length == 0) {
            return new ReadOutcome.Rejected(source, RejectionReason.EMPTY, "0 bytes");
        }
        if (bytes.length > config.maxBytes()) {
            return new ReadOutcome.Rejected(source, RejectionReason.TOO_LARGE,
                    bytes.length + " bytes, limit " + config.maxBytes());
        }
        Optional<Charset> bomCharset = BinarySniffer.byteOrderMark(bytes)
                .or(() -> BinarySniffer.utf16WithoutBom(bytes).filter(cs -> decodeStrict(bytes, cs).isPresent()));
        if (bomCharset.isEmpty() && BinarySniffer.looksBinary(bytes)) {
            return new ReadOutcome.Rejected(source, RejectionReason.BINARY, BinarySniffer.describe(bytes));
        }
        Optional<String> text = bomCharset.map(cs -> stripBom(new String(bytes, cs)))
                .or(() -> declared(bytes, contentType).flatMap(cs -> decodeStrict(bytes, cs)))
                .or(() -> decodeStrict(bytes, StandardCharsets.UTF_8))
                .or(() -> detected(bytes));
        if (text.isEmpty()) {
            return new ReadOutcome.Rejected(source, RejectionReason.UNDECODABLE, "not UTF-8 and no known encoding fits");
        }
        String content = text.get();
        if (content.isBlank()) {
            return new ReadOutcome.Rejected(source, RejectionReason.EMPTY, "only whitespace");
        }
        return new ReadOutcome.Read(new SourceDocument(source, content, formatOf(content, contentType)));
    }

    static DocumentFormat formatOf(String content, Optional<String> contentType) {
        if (contentType.map(ct -> ct.toLowerCase(Locale.ROOT).contains("html")).orElse(false)) {
            return DocumentFormat.HTML;
        }
        String head = content.length() > 2048 ? content.substring(0, 2048) : content;
        return HTML_MARKERS.matcher(head).find() ? DocumentFormat.HTML : DocumentFormat.PLAIN_TEXT;
    }

    private static Optional<Charset> declared(byte[] bytes, Optional<String> contentType) {
        Optional<Charset> fromHeader = contentType.flatMap(ct -> charsetNamed(CONTENT_TYPE_CHARSET.matcher(ct)));
        if (fromHeader.isPresent()) {
            return fromHeader;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        return charsetNamed(META_CHARSET.matcher(head));
    }

    private static Optional<Charset> charsetNamed(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> decodeStrict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own UTF-8 decoding is much faster than a decoder object, and it marks each malformed
            // sequence with U+FFFD: without that char the input was valid and the text is what a strict decoder
            // gives. With it (malformed, or a U+FFFD written in the text), the strict decoder decides.
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return Optional.of(lenient);
            }
        }
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> detected(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            if (name.startsWith("windows-1256") || name.startsWith("ISO-8859-6")) {
                Optional<String> decoded = decodeStrict(bytes, Charset.forName("windows-1256"));
                if (decoded.isPresent()) {
                    return decoded;
                }
            }
        }
        // Arabic legacy pages are nearly always windows-1256; ICU's detector only tries it with enough text.
        return decodeStrict(bytes, Charset.forName("windows-1256"));
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
