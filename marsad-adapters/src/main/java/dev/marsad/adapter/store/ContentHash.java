package dev.marsad.adapter.store;

import dev.marsad.model.AnalyzedArticle;
import dev.marsad.text.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash that makes storing idempotent: SHA-256 of the folded title and body, so the same article
 * fetched twice, or from two URLs, or re-spelt with ک/ی, is one row. The article id is its first 24 hex digits,
 * the same id {@code InMemoryArticleStore.contentId} gives, so both stores name articles alike.
 */
public final class ContentHash {
    private static final int ID_BYTES = 12;

    private ContentHash() {
    }

    /** The full hash, 64 hex digits. */
    public static String of(AnalyzedArticle article) {
        return HexFormat.of().formatHex(digest(article));
    }

    /** The article id: the first 24 hex digits of the hash. */
    public static String id(AnalyzedArticle article) {
        return HexFormat.of().formatHex(digest(article), 0, ID_BYTES);
    }

    private static byte[] digest(AnalyzedArticle article) {
        String basis = ArabicNormalizer.fold(article.article().metadata().title().orElse("")) + "\n"
                + ArabicNormalizer.fold(article.article().text());
        try {
            return MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
