package dev.marsad.eval.extract;

import dev.marsad.adapter.files.DataDirs;
import dev.marsad.eval.extract.NewsQuotes.NewsArticle;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.extract.SpeakerChoice;
import dev.marsad.extract.SpeakerOption;
import dev.marsad.extract.SpeakerRanker;
import dev.marsad.model.Quote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./marsad eval quotes}: detection precision/recall/F1 and speaker accuracy of quotations found by the
 * analyze path's extract stage, on Marsad's hand-labelled passages ({@code quotes-times.txt}), then on the labelled
 * modern articles of {@code quotes-dev} (held-out part and development part, fixed by id) and of {@code quotes-fresh},
 * {@code quotes-fresh2}, {@code quotes-fresh3}, {@code quotes-fresh4}, {@code quotes-fresh5}, {@code quotes-fresh6}, {@code quotes-fresh7}, {@code quotes-fresh8}, {@code quotes-fresh9}, {@code quotes-fresh10}, {@code quotes-fresh11}, {@code quotes-fresh12}, {@code quotes-fresh13} and {@code quotes-fresh14} (labels shipped with the eval, texts read from
 * the saudinewsnet and ant-multisource corpora), each skipped with a message when its data is absent. The misses of
 * quotes-fresh3 and quotes-fresh4 are never listed: no rule is read off them (with the held-out part they are the
 * unseen check of rules and ranker); quotes-fresh2 trains the ranker since the quotes-fresh3 round and its misses are
 * listed with --verbose since the quotes-fresh4 round (development data for the rules too); quotes-fresh5 trains the
 * ranker since the q17-10 round (never read for rules, misses never listed); quotes-fresh6 decides whether the ranker
 * may overrule the rules ({@code ./marsad train speakers}, {@code --compare-ranker}) and its misses are never listed
 * either; quotes-fresh7 (q17-11 round) is a tuning set from its labelling on: misses listed with --verbose, read for
 * rules, ranker training data; quotes-fresh8 (stop 43), quotes-fresh9 (stop 44), quotes-fresh10 (stop 45), quotes-fresh11 (stop 46), quotes-fresh12 (stop 47), quotes-fresh13 (stop 48) and quotes-fresh14 (stop 49) likewise tuning sets, not ranker training data. Under every set a line counts the matched quotes whose right speaker is among the
 * speaker stage's options at all (no choice among the options can fix the others); --verbose lists those others
 * with the options there were, for the sets whose misses it lists.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote detection P/R/F1 and speaker accuracy on hand-labelled passages (own fixtures) and on quotes-dev.")
public final class EvalQuotesCommand extends FixtureEvalCommand<QuoteTally> {
    @Option(names = "--data", description = "quotes-dev folder, or the data folder holding it (default ../shared/data).")
    Path data;

    @Option(names = "--skip-held-out", description = "Leave out the quotes-dev held-out part (not even run): for work on the rules, so that its figure is seen only when reporting.")
    boolean skipHeldOut;

    @Option(names = "--skip-unseen", description = "Leave out the unseen sets (the quotes-dev held-out part, quotes-fresh3, quotes-fresh4) and quotes-fresh6, the ranker's deciding set (not even run; quotes-fresh5, the ranker's training data, is printed, its misses never listed): for work on the rules and the ranker.")
    boolean skipUnseen;

    @Option(names = "--with-deciding", description = "With --skip-unseen: still score quotes-fresh6, the deciding set (its figures only, misses never listed), so that a rule can be checked against it without printing the unseen sets.")
    boolean withDeciding;

    @Option(names = "--compare-ranker", paramLabel = "FILE",
            description = "Also score the ranker of this weights file (feature<TAB>weight, as ./marsad train speakers writes) on the same quotes: a second experiment line under every set, so two models are compared in one run.")
    Path compareRanker;

    @Option(names = "--one-run", description = "Run the articles of each set in one run, in order, as analyze runs a folder or ingest a feed (people met in one article are remembered for the next); by default each article has a run of its own.")
    boolean oneRun;

    private SpeakerRanker compared;
    /** The run shared by the articles of the set being scored (with --one-run); a fresh one per set. */
    private ExtractionRun setRun = new ExtractionRun();

    public EvalQuotesCommand() {
        super("quotes", QuoteTally::new);
    }

    @Override
    void afterFixtures(PrintWriter out) {
        if (skipUnseen) {
            skipHeldOut = true;
        }
        if (compareRanker != null) {
            try {
                compared = SpeakerRanker.parse(Files.readAllLines(compareRanker).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
            } catch (IOException | IllegalArgumentException e) {
                out.println("quotes: --compare-ranker " + compareRanker + ": not read (" + e.getMessage() + "), no comparison line");
            }
        }
        ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULT);
        Optional<Path> dir = newsDir();
        if (dir.isEmpty()) {
            out.println("quotes-dev: skipped, no quotes-dev data (texts.jsonl, gold.jsonl) under "
                    + (data != null ? data : Path.of("..", "shared", "data")));
        } else {
            quotesDev(out, extractor, dir.get());
        }
        Optional<Path> root = dir.map(Path::getParent).filter(NewsQuotes::freshPresent)
                .or(() -> DataDirs.resolve(Optional.ofNullable(data)).filter(NewsQuotes::freshPresent));
        if (root.isEmpty()) {
            out.println("quotes-fresh: skipped, no saudinewsnet and ant-multisource corpora (articles.jsonl.gz) under "
                    + (data != null ? data : Path.of("..", "shared", "data")));
            return;
        }
        quotesFresh(out, extractor, root.get());
        quotesChecked(out, extractor, root.get(), "quotes-fresh2", NewsQuotes.FRESH2_GOLD,
                "development: rules and ranker", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh7", NewsQuotes.FRESH7_GOLD,
                "development: rules and ranker, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh8", NewsQuotes.FRESH8_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh9", NewsQuotes.FRESH9_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh10", NewsQuotes.FRESH10_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh11", NewsQuotes.FRESH11_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh12", NewsQuotes.FRESH12_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh13", NewsQuotes.FRESH13_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh14", NewsQuotes.FRESH14_GOLD,
                "development: rules, a tuning set since it was labelled", true);
        quotesChecked(out, extractor, root.get(), "quotes-fresh5", NewsQuotes.FRESH5_GOLD,
                "the ranker's training data, never read for rules", false);
        if (skipUnseen) {
            out.println("quotes-fresh3, quotes-fresh4" + (withDeciding ? "" : ", quotes-fresh6") + ": left out (--skip-unseen)");
            if (withDeciding) {
                quotesChecked(out, extractor, root.get(), "quotes-fresh6", NewsQuotes.FRESH6_GOLD,
                        "the ranker's deciding set, never read for rules", false);
            }
            return;
        }
        quotesChecked(out, extractor, root.get(), "quotes-fresh3", NewsQuotes.FRESH3_GOLD,
                "unseen check for rules and ranker", false);
        quotesChecked(out, extractor, root.get(), "quotes-fresh4", NewsQuotes.FRESH4_GOLD,
                "unseen check for rules and ranker", false);
        quotesChecked(out, extractor, root.get(), "quotes-fresh6", NewsQuotes.FRESH6_GOLD,
                "the ranker's deciding set, never read for rules", false);
    }

    private void quotesDev(PrintWriter out, ArticleExtractor extractor, Path dir) {
        List<NewsArticle> articles = NewsQuotes.load(dir);
        setRun = new ExtractionRun();
        Part heldOut = new Part(compared);
        Part dev = new Part(compared);
        int heldOutCount = 0;
        for (NewsArticle a : articles) {
            boolean held = a.heldOut();
            heldOutCount += held ? 1 : 0;
            if (held && skipHeldOut) {
                continue;
            }
            List<SpeakerChoice> found = quotesOf(extractor, a);
            if (held) {
                heldOut.add(a, found);
            } else {
                dev.add(a, found);
            }
        }
        out.println("quotes-dev: " + dir + " (" + articles.size() + " articles)");
        if (skipHeldOut) {
            out.println("held-out part (odd ids from q05, " + heldOutCount + " articles): left out (--skip-held-out)");
        } else {
            out.println("held-out part (odd ids from q05, " + heldOutCount + " articles, never read for fixes):");
            heldOut.print(out, false, "");
        }
        out.println("development part (even ids, q01, q03; " + (articles.size() - heldOutCount) + " articles):");
        dev.print(out, verbose, "misses in the quotes-dev development part:");
    }

    private void quotesFresh(PrintWriter out, ArticleExtractor extractor, Path root) {
        List<String> problems = new java.util.ArrayList<>();
        List<NewsArticle> articles = NewsQuotes.loadFresh(root, NewsQuotes.FRESH_GOLD, problems);
        problems.forEach(p -> out.println("quotes-fresh: left out " + p));
        setRun = new ExtractionRun();
        Part fresh = new Part(compared);
        for (NewsArticle a : articles) {
            fresh.add(a, quotesOf(extractor, a));
        }
        out.println("quotes-fresh (development, labels shipped, texts from " + root + "; " + articles.size()
                + " articles):");
        fresh.print(out, verbose, "misses in quotes-fresh:");
    }

    /**
     * quotes-fresh2 (development: the ranker's training data since the quotes-fresh3 round, read for rules since the
     * quotes-fresh4 round, its misses listed with --verbose) and quotes-fresh3 / quotes-fresh4 (the unseen checks:
     * their misses are not listed even with --verbose, so that no rule is read off them).
     */
    private void quotesChecked(PrintWriter out, ArticleExtractor extractor, Path root, String name, String gold, String role,
            boolean development) {
        List<String> problems = new java.util.ArrayList<>();
        List<NewsArticle> articles = NewsQuotes.loadFresh(root, gold, problems);
        problems.forEach(p -> out.println(name + ": left out " + p));
        setRun = new ExtractionRun();
        Part part = new Part(compared);
        for (NewsArticle a : articles) {
            part.add(a, quotesOf(extractor, a));
        }
        out.println(name + " (" + role + ", labels shipped, texts from " + root + "; " + articles.size()
                + (development ? " articles):" : " articles; misses not listed):"));
        part.print(out, development && verbose, "misses in " + name + ":");
    }

    /**
     * The quotes of one article as analyze finds them (the rules' speakers), with the ranked speakers beside them: in
     * a run of its own, or with --one-run in the set's run.
     */
    private List<SpeakerChoice> quotesOf(ArticleExtractor extractor, NewsArticle a) {
        return TrainSpeakersCommand.choicesOf(extractor, a, oneRun ? setRun : new ExtractionRun());
    }

    /** The tallies of one part: the output (the rules' speakers), and the learnt ranker's speakers as an experiment. */
    private static final class Part {
        final QuoteTally tally = new QuoteTally();
        final KindTally kinds = new KindTally();
        final QuoteTally ranked = new QuoteTally();
        final QuoteTally other = new QuoteTally();
        final SpeakerRanker compared;
        final List<String> noRightOption = new java.util.ArrayList<>();
        int matched;
        int covered;

        Part(SpeakerRanker compared) {
            this.compared = compared;
        }

        void add(NewsArticle a, List<SpeakerChoice> found) {
            List<QuoteTally.Outcome> outcomes = tally.add(a.id(), a.golds(), found.stream().map(SpeakerChoice::rules).toList());
            for (int i = 0; i < outcomes.size(); i++) {
                kinds.add(a.quotes().get(i), outcomes.get(i));
            }
            countOptions(a, found);
            ranked.add(a.id(), a.golds(), found.stream().map(SpeakerChoice::ranked).toList());
            if (compared != null) {
                other.add(a.id(), a.golds(), found.stream().map(c -> rankedBy(compared, c)).toList());
            }
        }

        /** Counts the matched quotes whose right speaker is among the options, and notes the others. */
        private void countOptions(NewsArticle a, List<SpeakerChoice> found) {
            List<LabelledPassage.GoldQuote> golds = a.golds();
            int[] pairs = GoldPairs.pair(golds, found.stream().map(SpeakerChoice::rules).toList());
            for (int g = 0; g < golds.size(); g++) {
                if (pairs[g] < 0) {
                    continue;
                }
                matched++;
                String want = Match.norm(golds.get(g).speaker());
                List<SpeakerOption> options = found.get(pairs[g]).options();
                if (options.stream().anyMatch(o -> Match.norm(o.name()).equals(want))) {
                    covered++;
                } else {
                    noRightOption.add(a.id() + " no right option: want [" + golds.get(g).speaker() + "] options ["
                            + String.join(" | ", options.stream().map(o -> o.name().isBlank() ? "-" : o.name()).toList())
                            + "] for " + golds.get(g).firstWords());
                }
            }
        }

        /** The quote with the speaker another ranker picks among the same options. */
        private static Quote rankedBy(SpeakerRanker ranker, SpeakerChoice c) {
            SpeakerOption o = c.options().get(ranker.pick(c.options()));
            Optional<String> name = o.name().isBlank() ? Optional.empty() : Optional.of(o.name());
            return new Quote(name, name.isEmpty() ? Optional.empty() : Optional.ofNullable(o.key()), c.rules().text(),
                    c.rules().direct());
        }

        void print(PrintWriter out, boolean verbose, String missesTitle) {
            tally.report().forEach(line -> out.println("  " + line));
            kinds.report().forEach(line -> out.println("  " + line));
            out.println(String.format(java.util.Locale.ROOT,
                    "    experiment, the learnt speaker ranker instead of the rules: speaker right over matched %d/%d, attribution F1 %.3f",
                    ranked.speakerCorrect(), ranked.matchedCount(), Match.f1(ranked.attributionPrecision(), ranked.attributionRecall())));
            if (compared != null) {
                out.println(String.format(java.util.Locale.ROOT,
                        "    experiment, the compared ranker (--compare-ranker) instead of the rules: speaker right over matched %d/%d, attribution F1 %.3f",
                        other.speakerCorrect(), other.matchedCount(), Match.f1(other.attributionPrecision(), other.attributionRecall())));
            }
            out.println(String.format(java.util.Locale.ROOT,
                    "    right speaker among the speaker stage's options: %d/%d matched", covered, matched));
            if (verbose) {
                out.println(missesTitle);
                tally.misses().forEach(m -> out.println("  " + m));
                noRightOption.forEach(m -> out.println("  " + m));
            }
        }
    }

    private Optional<Path> newsDir() {
        if (data != null && NewsQuotes.present(data)) {
            return Optional.of(data);
        }
        if (data != null && !Files.isDirectory(data)) {
            return Optional.empty();
        }
        return DataDirs.resolve(Optional.ofNullable(data)).map(d -> d.resolve("quotes-dev")).filter(NewsQuotes::present);
    }
}
