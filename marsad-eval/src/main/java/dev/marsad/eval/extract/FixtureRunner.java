package dev.marsad.eval.extract;

import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the analyze path's extract stage on each labelled passage, one fresh run per passage. */
final class FixtureRunner {
    private FixtureRunner() {
    }

    static List<LabelledPassage> passages(Path fixtures) throws IOException {
        return fixtures == null ? LabelledPassage.load()
                : LabelledPassage.parse(Files.readString(fixtures, StandardCharsets.UTF_8));
    }

    static String source(Path fixtures) {
        return fixtures == null ? "own fixtures " + LabelledPassage.RESOURCE : fixtures.toString();
    }

    /** Receives each passage's 0-based index, its label ({@code #3 2023-09-10}) and its extraction. */
    interface Each {
        void accept(int index, String where, PassageResult result);
    }

    static void run(List<LabelledPassage> passages, Each each) {
        ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULT);
        for (int i = 0; i < passages.size(); i++) {
            LabelledPassage p = passages.get(i);
            CleanArticle article = new CleanArticle(Role.MAIN,
                    ArticleMetadata.EMPTY.withPublished(Optional.of(p.published())), p.text());
            Extraction found = extractor.extract(article, new ExtractionRun());
            each.accept(i, "#" + (i + 1) + " " + p.published(), new PassageResult(p, found));
        }
    }

    record PassageResult(LabelledPassage passage, Extraction extraction) {
    }
}
