package dev.marsad.eval.story;

import dev.marsad.eval.data.SemEvalPairs;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A labelled stream of articles built from real articles (see docs/EVALUATION.md, "Story clustering"):
 * <ul>
 *   <li>each gold story is a group of real seed articles known to report one event;</li>
 *   <li>the story's articles are its seeds as published plus, per seed, 0–3 outlet rewrites
 *       ({@link Rewriter}: sentence dropping and reordering, spelling variants, boilerplate) and, with
 *       probability 0.25, a verbatim wire copy under another outlet's headline;</li>
 *   <li>a story starts on a random day of a 40-day window, its rewrites follow within 0–2 days, and the stream
 *       is shuffled (fixed seed) then stably sorted by day, so stories interleave in time;</li>
 *   <li>rewrites lose their title with probability 0.25 (pages where the title was not found).</li>
 * </ul>
 */
final class SyntheticStream {
    static final LocalDate START = LocalDate.of(2023, 9, 1);

    /**
     * One article of the stream.
     *
     * @param gold    the gold story number
     * @param article the article
     * @param day     its publication day
     */
    record Item(int gold, AnalyzedArticle article, LocalDate day) {
    }

    private SyntheticStream() {
    }

    static List<Item> build(List<List<String>> goldStories, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>();
        for (int g = 0; g < goldStories.size(); g++) {
            LocalDate start = START.plusDays(random.nextInt(40));
            for (String seedText : goldStories.get(g)) {
                String[] tb = SemEvalPairs.titleAndBody(seedText);
                items.add(new Item(g, article(tb[0], "outlet-0", tb[1], start), start));
                int rewrites = random.nextInt(4);
                for (int r = 0; r < rewrites; r++) {
                    LocalDate day = start.plusDays(random.nextInt(3));
                    String title = random.nextDouble() < 0.25 ? "" : Rewriter.vary(tb[0], 0.15, random);
                    String body = Rewriter.rewrite(tb[1], 0.35, 0.15, random);
                    items.add(new Item(g, article(title, "outlet-" + (r + 1), body, day), day));
                }
                if (random.nextDouble() < 0.25) {
                    LocalDate day = start.plusDays(random.nextInt(2));
                    items.add(new Item(g, article("", "outlet-wire", tb[1], day), day));
                }
            }
        }
        shuffle(items, random);
        items.sort(Comparator.comparing(Item::day));
        return items;
    }

    private static void shuffle(List<Item> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Item t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }

    static AnalyzedArticle article(String title, String outlet, String text, LocalDate day) {
        ArticleMetadata meta = ArticleMetadata.EMPTY.withTitle(title.isBlank() ? Optional.empty() : Optional.of(title))
                .withOutlet(Optional.of(outlet)).withPublished(Optional.of(day.toString())).withLanguage(Optional.of("ar"));
        return new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, text), Extraction.EMPTY);
    }
}
