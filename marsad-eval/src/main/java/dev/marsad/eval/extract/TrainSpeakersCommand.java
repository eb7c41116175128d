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
import java.util.function.ToIntBiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./marsad train speakers}: learns the speaker ranker ({@link SpeakerRanker}) from the labelled quotations of
 * quotes-dev's development part, quotes-fresh, quotes-fresh2, (since the q17-11 round) quotes-fresh7 and (since the
 * q17-10 round) quotes-fresh5 — never from
 * quotes-dev's held-out part, quotes-fresh3 or quotes-fresh4, which measure it, nor from quotes-fresh6, which decides
 * whether it may overrule the rules — and writes its weights to marsad-core's resources. Each quote the extract stage
 * finds and the scorer matches with a gold quote is one example; its right option is the one whose name folds to the
 * gold speaker ("nobody named" for an unnamed one); a quote none of whose options is right teaches nothing and is
 * counted. Before writing, it scores each training set by rankers trained on the others (leave one set out), with
 * and without the rules' choice as a feature, beside the rules' own figure on the same quotes, and chooses the variant
 * from the fold that holds out quotes-fresh5 — since quotes-fresh2 was read for rules (quotes-fresh4 round), the only
 * training set no rule was read off, so the only one on which the rules' figure, and a ranker leaning on it, is not flattered (see the model card). Deterministic: same data,
 * same file.
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Learn the speaker ranker from quotes-dev's development part, quotes-fresh, quotes-fresh2, quotes-fresh7 and quotes-fresh5.")
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

    /** Whether the ranker also learns from what the rules chose (src=rule, …&rule=…). */
    enum RulesFeatures { AUTO, ON, OFF }

    /**
     * AUTO: with the rules' features when, leaving quotes-fresh5 out, the ranker trained with them gets more of its
     * speakers right than the one trained without (ties: without). The other folds are printed but not used: the
     * rules were written from quotes-dev's development part, quotes-fresh and quotes-fresh2 (right on 87–94% of them,
     * on 67–71% of unseen ones), so there a ranker given their choice is flattered exactly as much as the rules are.
     * (Until the q17-10 round the quotes-fresh2 fold chose, when quotes-fresh2 was the last set no rule was read off.)
     */
    @Option(names = "--rules-features", defaultValue = "AUTO",
            description = "learn from the rules' choice too: AUTO (chosen by the quotes-fresh5 fold), ON or OFF (default ${DEFAULT-VALUE})")
    RulesFeatures rulesFeatures;

    @Option(names = "--grid", description = "print the leave-one-set-out cross-checks for L2 penalties 0.05 … 10, with and without the rules' features, then train as asked")
    boolean grid;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One matched training quote: its example, or none when no option is right. */
    record Labelled(Optional<SpeakerRanker.Example> example) {
    }

    /** One training set and its matched quotes. */
    record TrainingSet(String name, int articles, List<Labelled> quotes) {
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
        List<TrainingSet> sets = new ArrayList<>();
        sets.add(new TrainingSet("quotes-dev development part", dev.size(), labelled(extractor, dev)));
        for (String[] set : new String[][] {{"quotes-fresh", NewsQuotes.FRESH_GOLD}, {"quotes-fresh2", NewsQuotes.FRESH2_GOLD},
                {"quotes-fresh7", NewsQuotes.FRESH7_GOLD}, {"quotes-fresh5", NewsQuotes.FRESH5_GOLD}}) {
            List<String> problems = new ArrayList<>();
            List<NewsArticle> articles = NewsQuotes.loadFresh(root.get(), set[1], problems);
            problems.forEach(p -> log.println("train speakers: " + set[0] + ": left out " + p));
            sets.add(new TrainingSet(set[0], articles.size(), labelled(extractor, articles)));
        }
        sets.forEach(t -> report(log, t.name(), t.articles(), t.quotes()));
        List<String> decidingProblems = new ArrayList<>();
        List<NewsArticle> decidingArticles = NewsQuotes.loadFresh(root.get(), NewsQuotes.FRESH6_GOLD, decidingProblems);
        decidingProblems.forEach(p -> log.println("train speakers: quotes-fresh6: left out " + p));
        TrainingSet decidingSet = new TrainingSet("quotes-fresh6 (deciding set, not trained on)", decidingArticles.size(),
                labelled(extractor, decidingArticles));
        report(log, decidingSet.name(), decidingSet.articles(), decidingSet.quotes());
        SpeakerRanker.Settings settings = new SpeakerRanker.Settings(iterations, l2, rate);
        if (grid) {
            for (boolean with : new boolean[] {true, false}) {
                for (double penalty : new double[] {0.05, 0.2, 0.5, 1, 2, 5, 10}) {
                    int[] right = leaveOneOut(sets, with, new SpeakerRanker.Settings(iterations, penalty, rate));
                    log.println(String.format(Locale.ROOT, "grid: %s l2 %5.2f: %s",
                            with ? "with rules   " : "without rules", penalty, folds(sets, right)));
                }
            }
        }
        int[] withFolds = leaveOneOut(sets, true, settings);
        int[] withoutFolds = leaveOneOut(sets, false, settings);
        int[] rulesFolds = sets.stream().mapToInt(t -> rulesRight(t.quotes())).toArray();
        log.println("leave one set out (speaker right over matched quotes, each set scored by a ranker trained on the others):");
        log.println("  rules alone:                  " + folds(sets, rulesFolds));
        log.println("  ranker with the rules' choice: " + folds(sets, withFolds));
        log.println("  ranker without it:            " + folds(sets, withoutFolds));
        for (boolean with : new boolean[] {true, false}) {
            for (double margin : MARGINS) {
                int[] right = leaveOneOutOverRules(sets, with, settings, margin);
                log.println(String.format(Locale.ROOT, "  ranker %s, overruling the rules by more than %.1f: %s",
                        with ? "with the rules' choice" : "without it            ", margin, folds(sets, right)));
            }
        }
        log.println("deciding set, quotes-fresh6 (speaker right over matched quotes; rankers trained on all five training sets):");
        log.println(String.format(Locale.ROOT, "  rules alone: %s", fraction(rulesRight(decidingSet.quotes()), decidingSet.quotes().size())));
        for (boolean with : new boolean[] {true, false}) {
            List<SpeakerRanker.Example> train = new ArrayList<>();
            sets.forEach(t -> train.addAll(examples(with ? t.quotes() : withoutRules(t.quotes()))));
            SpeakerRanker r = SpeakerRanker.train(train, settings);
            List<Labelled> test = with ? decidingSet.quotes() : withoutRules(decidingSet.quotes());
            StringBuilder line = new StringBuilder();
            for (double margin : MARGINS) {
                line.append(String.format(Locale.ROOT, "%s%.1f: %d", line.length() == 0 ? "" : ", ", margin,
                        rightOverRules(r, test, margin)));
            }
            log.println(String.format(Locale.ROOT, "  ranker %s, overruling the rules by more than  %s (of %d)",
                    with ? "with the rules' choice" : "without it            ", line, test.size()));
        }
        int deciding = sets.size() - 1; // quotes-fresh5, listed last
        boolean withRules = switch (rulesFeatures) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> withFolds[deciding] > withoutFolds[deciding];
        };
        log.println(String.format(Locale.ROOT, "variant: %s the rules' features (%s; quotes-fresh5 fold: with %d, without %d, rules %d of %d)",
                withRules ? "with" : "without", rulesFeatures == RulesFeatures.AUTO ? "chosen by the quotes-fresh5 fold" : "as asked",
                withFolds[deciding], withoutFolds[deciding], rulesFolds[deciding], sets.get(deciding).quotes().size()));
        List<SpeakerRanker.Example> all = new ArrayList<>();
        List<Labelled> every = new ArrayList<>();
        for (TrainingSet t : sets) {
            List<Labelled> q = withRules ? t.quotes() : withoutRules(t.quotes());
            all.addAll(examples(q));
            every.addAll(q);
        }
        SpeakerRanker ranker = SpeakerRanker.train(all, settings);
        log.println(String.format(Locale.ROOT, "trained on all five (%d examples, %d weights): right on the training quotes %s (rules %s)",
                all.size(), ranker.lines().size(), fraction(right(ranker, every), every.size()), fraction(rulesRight(every), every.size())));
        Path file = out.orElse(Path.of("marsad-core/src/main/resources/dev/marsad/extract").resolve(SpeakerRanker.RESOURCE));
        List<String> lines = new ArrayList<>();
        lines.add("# speaker-ranker.tsv: weights of the learnt speaker ranker (dev.marsad.extract.SpeakerRanker), feature<TAB>weight");
        lines.add("# Rebuilt by ./marsad train speakers; model card: speaker-ranker.MODEL.md (data sets and their licences).");
        lines.add(String.format(Locale.ROOT, "# Trained on %d matched quotations: quotes-dev development part (%d articles), quotes-fresh (%d articles), quotes-fresh2 (%d articles), quotes-fresh7 (%d articles), quotes-fresh5 (%d articles).",
                all.size(), sets.get(0).articles(), sets.get(1).articles(), sets.get(2).articles(), sets.get(3).articles(),
                sets.get(4).articles()));
        lines.add(String.format(Locale.ROOT, "# Settings: iterations %d, l2 %s, rate %s%s.", iterations, l2, rate,
                withRules ? ", with the rules' features" : ", without the rules' features"));
        lines.addAll(ranker.lines());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        log.println("train speakers: wrote " + file + " (" + ranker.lines().size() + " weights)");
        log.flush();
        return 0;
    }

    /** For each set, the speakers right by a ranker trained on the other sets (with or without the rules' features). */
    static int[] leaveOneOut(List<TrainingSet> sets, boolean withRules, SpeakerRanker.Settings settings) {
        return leaveOneOut(sets, withRules, settings, TrainSpeakersCommand::right);
    }

    /** For each set, {@code score} of a ranker trained on the other sets, on that set's quotes. */
    private static int[] leaveOneOut(List<TrainingSet> sets, boolean withRules, SpeakerRanker.Settings settings,
                                     ToIntBiFunction<SpeakerRanker, List<Labelled>> score) {
        int[] right = new int[sets.size()];
        for (int out = 0; out < sets.size(); out++) {
            List<SpeakerRanker.Example> train = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if (i != out) {
                    train.addAll(examples(withRules ? sets.get(i).quotes() : withoutRules(sets.get(i).quotes())));
                }
            }
            List<Labelled> test = withRules ? sets.get(out).quotes() : withoutRules(sets.get(out).quotes());
            right[out] = score.applyAsInt(SpeakerRanker.train(train, settings), test);
        }
        return right;
    }

    /** Margins (log-odds over the rules' option) at which the leave-one-set-out check scores the ranker overruling the rules. */
    static final double[] MARGINS = {0, 0.5, 1, 1.5, 2, 3, 4};

    /** Matched quotes right when the ranker's pick is taken only where it beats the rules' option by more than {@code margin}. */
    static int rightOverRules(SpeakerRanker ranker, List<Labelled> quotes, double margin) {
        int n = 0;
        for (Labelled q : quotes) {
            if (q.example().isPresent() && ranker.pickOverRules(q.example().get().options(), margin) == q.example().get().gold()) {
                n++;
            }
        }
        return n;
    }

    /** As {@link #leaveOneOut}, the ranker's pick taken only where it beats the rules' option by more than {@code margin}. */
    static int[] leaveOneOutOverRules(List<TrainingSet> sets, boolean withRules, SpeakerRanker.Settings settings, double margin) {
        return leaveOneOut(sets, withRules, settings, (ranker, test) -> rightOverRules(ranker, test, margin));
    }

    private static String folds(List<TrainingSet> sets, int[] right) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        int d = 0;
        for (int i = 0; i < sets.size(); i++) {
            int size = sets.get(i).quotes().size();
            b.append(sets.get(i).name()).append(' ').append(right[i]).append('/').append(size).append(", ");
            n += right[i];
            d += size;
        }
        return b.append("all ").append(n).append('/').append(d).toString();
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
        return choicesOf(extractor, a, new ExtractionRun());
    }

    /** As {@link #choicesOf(ArticleExtractor, NewsArticle)}, in a run the caller may share between articles. */
    static List<SpeakerChoice> choicesOf(ArticleExtractor extractor, NewsArticle a, ExtractionRun run) {
        CleanArticle article = new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY.withPublished(
                a.published().isEmpty() ? Optional.empty() : Optional.of(a.published())), a.text());
        return extractor.speakerChoices(article, run);
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

    /** Matched quotes the rules give the right speaker: their option is always the first. */
    static int rulesRight(List<Labelled> quotes) {
        return (int) quotes.stream().filter(q -> q.example().isPresent() && q.example().get().gold() == 0).count();
    }

    private static String fraction(int n, int d) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", n, d, d == 0 ? 0 : n / (double) d);
    }
}
