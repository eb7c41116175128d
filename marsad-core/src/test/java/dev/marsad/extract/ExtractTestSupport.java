package dev.marsad.extract;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.util.Optional;

/** Builds clean articles and runs the extract stage on them. */
final class ExtractTestSupport {
    static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new ExtractConfig(false));
    /** With the committed name-finder model, as the product runs. */
    static final ArticleExtractor WITH_MODEL = new ArticleExtractor(ExtractConfig.DEFAULT);

    private ExtractTestSupport() {
    }

    static CleanArticle article(String text, String published) {
        return new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY.withPublished(Optional.ofNullable(published)), text);
    }

    static Extraction extract(String text, String published, ExtractionRun run) {
        return EXTRACTOR.extract(article(text, published), run);
    }

    static Extraction extract(String text, String published) {
        return extract(text, published, new ExtractionRun());
    }

    static Extraction extractWithModel(String text, String published) {
        return WITH_MODEL.extract(article(text, published), new ExtractionRun());
    }

    /** The speaker of the first quote whose text starts with {@code start}; empty when it has none or there is none. */
    static Optional<String> speakerOf(Extraction result, String start) {
        return result.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .flatMap(dev.marsad.model.Quote::speaker);
    }

    /** The first quote whose text starts with {@code start}; fails when there is none. */
    static dev.marsad.model.Quote quoteStarting(Extraction result, String start) {
        return result.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }
}
