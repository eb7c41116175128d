package dev.marsad.eval.extract;

import dev.marsad.adapter.files.DataDirs;
import dev.marsad.eval.extract.LabelledPassage.GoldQuote;
import dev.marsad.eval.extract.NewsQuotes.NewsArticle;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.extract.SpeakerChoice;
import dev.marsad.extract.SpeakerOption;
import dev.marsad.extract.SpeakerRanker;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./marsad train speakers}: learns the speaker ranker ({@link SpeakerRanker}) from the labelled quotations of
 * quotes-dev's development part and of quotes-fresh — never from quotes-dev's held-out part or quotes-fresh2, which
 * measure it — and writes its weights to marsad-core's resources. Each quote the extract stage finds and the
 * scorer matches with a gold quote is one example; its right option is the one whose name folds to the gold
 * speaker ("nobody named" for an unnamed one); a quote none of whose options is right teaches nothing and is
 * counted. Before writing, it prints each training set scored by a ranker trained on the other (a check of how the
 * features carry over, with the rules' own figure on the same quotes). Deterministic: same data, same file.
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Learn the speaker ranker from quotes-dev's development part and quotes-fresh.")
public final class TrainSpeakersCommand implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (default ../shared/data)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--out", description = "weights file (default: marsad-core resources, dev/marsad/extract/speaker-ranker.tsv)")
    Optional<Path> out = Optional.empty();

    @Option(names = "--iterations", defaultValue = "400", description = "AdaGrad passes (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--l2", defaultValue = "0.05", description = "L2 penalty per weight (default ${DEFAULT-VALUE})")
    double l2;

    @Option(names = "--rate", defaultValue = "0.2", description = "AdaGrad step (default ${DEFAULT-VALUE})")
    double rate;

    /**
     * Off by default: the rules were written from these very quotations (right on 95% and 84% of them, on 63–65% of
     * unseen ones), so a ranker trained with their choice as a feature learns to trust it far more than it deserves.
     */
    @Option(names = "--with-rules", description = "also learn from what the rules chose (src=rule, …&rule=…); off by default, see the model card")
    boolean withRules;

    @Option(names = "--grid", description = "print the cross-checks for L2 penalties 0.05 … 2, with and without the rules' features, then train as asked")
    boolean grid;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One matched training quote: its example, or none when no option is right. */
    record Labelled(Optional<SpeakerRanker.Example> example) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        Optional<Path> root = DataDirs.resolve(data);
        if (root.isEmpty() || !NewsQuotes.present(root.get().resolve("quotes-dev")) || !NewsQuotes.freshPresent(root.get())) {
            log.println("train speakers: skipped, quotes-dev and the saudinewsnet / ant-multisource corpora are not all under "
                    + data.map(Path::toString).orElse("../shared/data"));
            log.flush();
            return 0;
        }
        ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULT);
        List<NewsArticle> dev = NewsQuotes.load(root.get().resolve("quotes-dev")).stream().filter(a -> !a.heldOut()).toList();
        List<String> problems = new ArrayList<>();
        List<NewsArticle> fresh = NewsQuotes.loadFresh(root.get(), NewsQuotes.FRESH_GOLD, problems);
        problems.forEach(p -> log.println("train speakers: quotes-fresh: left out " + p));
        List<Labelled> devQuotes = labelled(extractor, dev);
        List<Labelled> freshQuotes = labelled(extractor, fresh);
        SpeakerRanker.Settings settings = new SpeakerRanker.Settings(iterations, l2, rate);
        report(log, "quotes-dev development part", dev.size(), devQuotes);
        report(log, "quotes-fresh", fresh.size(), freshQuotes);
        if (grid) {
            for (boolean without : new boolean[] {false, true}) {
                for (double penalty : new double[] {0.05, 0.2, 0.5, 1, 2, 5, 10}) {
                    SpeakerRanker.Settings s = new SpeakerRanker.Settings(iterations, penalty, rate);
                    List<Labelled> d = without ? withoutRules(devQuotes) : devQuotes;
                    List<Labelled> f = without ? withoutRules(freshQuotes) : freshQuotes;
                    int a = right(SpeakerRanker.train(examples(f), s), d);
                    int b = right(SpeakerRanker.train(examples(d), s), f);
                    int sa = rightWhenSilent(SpeakerRanker.train(examples(silent(f)), s), d);
                    int sb = rightWhenSilent(SpeakerRanker.train(examples(silent(d)), s), f);
                    log.println(String.format(Locale.ROOT, "grid: %s l2 %5.2f: fresh -> dev %d/%d, dev -> fresh %d/%d, both %d/%d;"
                            + " only where the rules name nobody: both %d/%d",
                            without ? "without rules" : "with rules   ", penalty, a, d.size(), b, f.size(), a + b, d.size() + f.size(),
                            sa + sb, d.size() + f.size()));
                }
            }
        }
        if (!withRules) {
            devQuotes = withoutRules(devQuotes);
            freshQuotes = withoutRules(freshQuotes);
        }
        crossCheck(log, "trained on quotes-fresh, scored on quotes-dev development part", freshQuotes, devQuotes, settings);
        crossCheck(log, "trained on quotes-dev development part, scored on quotes-fresh", devQuotes, freshQuotes, settings);
        List<SpeakerRanker.Example> all = new ArrayList<>(examples(devQuotes));
        all.addAll(examples(freshQuotes));
        SpeakerRanker ranker = SpeakerRanker.train(all, settings);
        List<Labelled> both = new ArrayList<>(devQuotes);
        both.addAll(freshQuotes);
        log.println(String.format(Locale.ROOT, "trained on both (%d examples, %d weights): right on the training quotes %s (rules %s)",
                all.size(), ranker.lines().size(), fraction(right(ranker, both), both.size()), fraction(rulesRight(both), both.size())));
        Path file = out.orElse(Path.of("marsad-core/src/main/resources/dev/marsad/extract").resolve(SpeakerRanker.RESOURCE));
        List<String> lines = new ArrayList<>();
        lines.add("# speaker-ranker.tsv: weights of the learnt speaker ranker (dev.marsad.extract.SpeakerRanker), feature<TAB>weight");
        lines.add("# Rebuilt by ./marsad train speakers; model card: speaker-ranker.MODEL.md (data sets and their licences).");
        lines.add(String.format(Locale.ROOT, "# Trained on %d matched quotations: quotes-dev development part (%d articles), quotes-fresh (%d articles).",
                all.size(), dev.size(), fresh.size()));
        lines.add(String.format(Locale.ROOT, "# Settings: iterations %d, l2 %s, rate %s%s.", iterations, l2, rate,
                withRules ? ", with the rules' features" : ", without the rules' features"));
        lines.addAll(ranker.lines());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        log.println("train speakers: wrote " + file + " (" + ranker.lines().size() + " weights)");
        log.flush();
        return 0;
    }

    /** The matched quotes of {@code articles}, each labelled with its right option when one is. */
    static List<Labelled> labelled(ArticleExtractor extractor, List<NewsArticle> articles) {
        List<Labelled> out = new ArrayList<>();
        for (NewsArticle a : articles) {
            List<SpeakerChoice> choices = choicesOf(extractor, a);
            List<Quote> found = choices.stream().map(SpeakerChoice::rules).toList();
            List<GoldQuote> golds = a.golds();
            int[] pairs = GoldPairs.pair(golds, found);
            for (int g = 0; g < golds.size(); g++) {
                if (pairs[g] < 0) {
                    continue;
                }
                List<SpeakerOption> options = choices.get(pairs[g]).options();
                String want = Match.norm(golds.get(g).speaker());
                int right = -1;
                for (int o = 0; o < options.size() && right < 0; o++) {
                    right = Match.norm(options.get(o).name()).equals(want) ? o : -1;
                }
                out.add(new Labelled(right < 0 ? Optional.empty() : Optional.of(new SpeakerRanker.Example(options, right))));
            }
        }
        return out;
    }

    static List<SpeakerChoice> choicesOf(ArticleExtractor extractor, NewsArticle a) {
        CleanArticle article = new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY.withPublished(
                a.published().isEmpty() ? Optional.empty() : Optional.of(a.published())), a.text());
        return extractor.speakerChoices(article, new ExtractionRun());
    }

    /** The quotes with their options' features about the rules' choice left out. */
    static List<Labelled> withoutRules(List<Labelled> quotes) {
        return quotes.stream().map(q -> new Labelled(q.example().map(x -> new SpeakerRanker.Example(x.options().stream()
                .map(o -> new SpeakerOption(o.name(), o.key(), o.features().stream().filter(f -> !f.contains("rule")).toList()))
                .toList(), x.gold())))).toList();
    }

    private static List<SpeakerRanker.Example> examples(List<Labelled> quotes) {
        return quotes.stream().flatMap(q -> q.example().stream()).toList();
    }

    private static void report(PrintWriter log, String name, int articles, List<Labelled> quotes) {
        long covered = quotes.stream().filter(q -> q.example().isPresent()).count();
        log.println(String.format(Locale.ROOT, "%s: %d articles, %d matched quotes, right speaker among the options for %s; rules right %s",
                name, articles, quotes.size(), fraction((int) covered, quotes.size()), fraction(rulesRight(quotes), quotes.size())));
    }

    private static void crossCheck(PrintWriter log, String what, List<Labelled> train, List<Labelled> test, SpeakerRanker.Settings s) {
        SpeakerRanker ranker = SpeakerRanker.train(examples(train), s);
        log.println("cross-check, " + what + ": speaker right " + fraction(right(ranker, test), test.size())
                + " (rules " + fraction(rulesRight(test), test.size()) + ")");
    }

    /** Matched quotes the ranker gives the right speaker (never one without a right option). */
    static int right(SpeakerRanker ranker, List<Labelled> quotes) {
        int n = 0;
        for (Labelled q : quotes) {
            if (q.example().isPresent() && ranker.pick(q.example().get().options()) == q.example().get().gold()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the rules found no speaker at all for this quote (not even an unnamed one). */
    static boolean rulesSilent(SpeakerRanker.Example x) {
        return x.options().get(0).features().contains("none&rule=null");
    }

    private static List<Labelled> silent(List<Labelled> quotes) {
        return quotes.stream().filter(q -> q.example().isPresent() && rulesSilent(q.example().get())).toList();
    }

    /** Right speakers when the ranker picks only where the rules found none, the rules' own elsewhere. */
    static int rightWhenSilent(SpeakerRanker ranker, List<Labelled> quotes) {
        int n = 0;
        for (Labelled q : quotes) {
            if (q.example().isEmpty()) {
                continue;
            }
            SpeakerRanker.Example x = q.example().get();
            int pick = rulesSilent(x) ? ranker.pick(x.options()) : 0;
            n += pick == x.gold() ? 1 : 0;
        }
        return n;
    }

    /** Matched quotes the rules give the right speaker: their option is always the first. */
    static int rulesRight(List<Labelled> quotes) {
        return (int) quotes.stream().filter(q -> q.example().isPresent() && q.example().get().gold() == 0).count();
    }

    private static String fraction(int n, int d) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", n, d, d == 0 ? 0 : n / (double) d);
    }
}
