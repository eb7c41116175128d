package dev.marsad.eval.keys;

import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Role;
import java.util.Optional;

/**
 * Keys as a run gives them: each spelling is said by its owner in its own short article, both articles in one
 * {@link ExtractionRun}, through the whole extract stage (tagger, name growth, run-wide resolution). A pair is
 * merged when both names are found and share a key; a name the stage does not find counts as not merged.
 */
final class RunLevelKeys {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ExtractConfig.DEFAULT);

    private RunLevelKeys() {
    }

    static boolean merged(KeyPair pair) {
        ExtractionRun run = new ExtractionRun();
        Optional<String> a = keyOf(pair.a(), run);
        Optional<String> b = keyOf(pair.b(), run);
        return a.isPresent() && a.equals(b);
    }

    /** Whether the stage finds both names of the pair (a pair it cannot see says nothing about its keys). */
    static boolean bothFound(KeyPair pair) {
        ExtractionRun run = new ExtractionRun();
        return keyOf(pair.a(), run).isPresent() && keyOf(pair.b(), run).isPresent();
    }

    private static Optional<String> keyOf(String name, ExtractionRun run) {
        String text = "وقال " + name + " للصحفيين إن المحادثات ستستمر الأسبوع المقبل.";
        CleanArticle article = new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY, text);
        return EXTRACTOR.extract(article, run).entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.text().equals(name))
                .map(Entity::key).findFirst();
    }
}
