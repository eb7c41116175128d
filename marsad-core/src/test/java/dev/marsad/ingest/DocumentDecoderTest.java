package dev.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.DocumentFormat;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.model.outcome.RejectionReason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDecoderTest {
    private static final String ARABIC = "زار الزعيم الكوري الشمالي كيم جونغ أون مصنعا للطيران العسكري الروسي اليوم الجمعة.";
    private final DocumentDecoder decoder = new DocumentDecoder(DecodeConfig.DEFAULT);

    private ReadOutcome decode(byte[] bytes) {
        return decoder.decode("in", bytes, Optional.empty());
    }

    private static String text(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome).document().content();
    }

    private static RejectionReason reason(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        return ((ReadOutcome.Rejected) outcome).reason();
    }

    @Test
    void decodesUtf8() {
        assertThat(text(decode(ARABIC.getBytes(StandardCharsets.UTF_8)))).isEqualTo(ARABIC);
    }

    @Test
    void decodesWindows1256WithoutDeclaration() {
        byte[] bytes = (ARABIC + "\n" + ARABIC).getBytes(Charset.forName("windows-1256"));
        assertThat(text(decode(bytes))).isEqualTo(ARABIC + "\n" + ARABIC);
    }

    @Test
    void decodesIso88596DeclaredInMeta() {
        String html = "<html><head><meta charset=\"ISO-8859-6\"></head><body><p>" + "مرحبا بكم في الموقع" + "</p></body></html>";
        ReadOutcome outcome = decode(html.getBytes(Charset.forName("ISO-8859-6")));
        assertThat(text(outcome)).contains("مرحبا بكم في الموقع");
        assertThat(((ReadOutcome.Read) outcome).document().format()).isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void honoursHttpCharset() {
        byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
        ReadOutcome outcome = decoder.decode("u", bytes, Optional.of("text/html; charset=windows-1256"));
        assertThat(text(outcome)).isEqualTo(ARABIC);
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        byte[] body = ARABIC.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(text(decode(bytes))).isEqualTo(ARABIC);
    }

    @Test
    void decodesUtf16WithoutByteOrderMark() {
        // Issue 12: this used to be rejected as "binary data".
        assertThat(text(decode(ARABIC.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(ARABIC);
        assertThat(text(decode(ARABIC.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(ARABIC);
        assertThat(text(decode("Reuters reported the summit on Friday.".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("Reuters reported the summit on Friday.");
    }

    @Test
    void stripsUtf8ByteOrderMark() {
        byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(text(decode(bytes))).isEqualTo(ARABIC);
    }

    @Test
    void rejectsEmptyInput() {
        assertThat(reason(decode(new byte[0]))).isEqualTo(RejectionReason.EMPTY);
        assertThat(reason(decode(" \n\t ".getBytes(StandardCharsets.UTF_8)))).isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void rejectsBinaryNamingTheFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        ReadOutcome outcome = decode(png);
        assertThat(reason(outcome)).isEqualTo(RejectionReason.BINARY);
        assertThat(((ReadOutcome.Rejected) outcome).message()).isEqualTo("in: binary data, not text (PNG image)");
    }

    @Test
    void rejectsInputsOverTheLimit() {
        DocumentDecoder small = new DocumentDecoder(new DecodeConfig(10));
        assertThat(reason(small.decode("big", ARABIC.getBytes(StandardCharsets.UTF_8), Optional.empty())))
                .isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void tellsHtmlFromText() {
        assertThat(DocumentDecoder.formatOf("<!DOCTYPE html><html><body>x</body></html>", Optional.empty())).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentDecoder.formatOf("نص عادي <ليس وسما>", Optional.empty())).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(DocumentDecoder.formatOf("x", Optional.of("text/html"))).isEqualTo(DocumentFormat.HTML);
    }
}
