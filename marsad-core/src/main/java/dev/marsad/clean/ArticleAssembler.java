package dev.marsad.clean;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Role;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.LanguageIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link CleanArticle} from body paragraphs: drops a repeated headline at the top, splits a photo
 * caption and dateline off the first paragraph, and identifies the language. Thread-safe (stateless).
 */
final class ArticleAssembler {
    private ArticleAssembler() {
    }

    static CleanArticle assemble(Role role, ArticleMetadata meta, List<String> paragraphs, List<String> removed) {
        List<String> body = new ArrayList<>(paragraphs);
        ArticleMetadata out = meta;
        if (!body.isEmpty() && out.title().isPresent()
                && ArabicNormalizer.fold(body.get(0)).equals(ArabicNormalizer.fold(out.title().get()))) {
            removed.add(body.remove(0));
        }
        if (!body.isEmpty()) {
            DatelineSplitter.Parts parts = DatelineSplitter.split(body.get(0));
            parts.caption().ifPresent(removed::add);
            if (out.dateline().isEmpty()) {
                out = out.withDateline(parts.dateline());
            }
            if (out.agency().isEmpty()) {
                out = out.withAgency(parts.agency());
            }
            body.set(0, parts.body());
        }
        String text = String.join("\n\n", body);
        if (out.language().isEmpty()) {
            out = out.withLanguage(LanguageIdentifier.identify(text));
        }
        return new CleanArticle(role, out, text);
    }

    static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
