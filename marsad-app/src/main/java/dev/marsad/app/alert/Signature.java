package dev.marsad.app.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: HMAC-SHA256 of the exact body bytes under the watch's secret, sent as
 * {@value #HEADER}{@code : sha256=<64 hex digits>} (the scheme GitHub's webhooks use, so receivers have code for it).
 */
public final class Signature {
    public static final String HEADER = "X-Marsad-Signature";
    static final String PREFIX = "sha256=";

    private Signature() {
    }

    /** The header's value for {@code body}. */
    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
