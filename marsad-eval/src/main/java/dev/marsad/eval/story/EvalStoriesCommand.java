package dev.marsad.eval.story;

import dev.marsad.adapter.files.DataDirs;
import dev.marsad.cluster.ClusterConfig;
import dev.marsad.eval.data.StoryDays;
import dev.marsad.eval.data.UnseenStoryDays;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.Analysis;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.outcome.ReadOutcome;
import dev.marsad.pipeline.NewsPipeline;
import dev.marsad.pipeline.PipelineConfig;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval stories}: B-cubed P/R/F1 of the full story engine — what {@code cluster --json} outputs: every page
 * analysed in one run, then dedupe and the online clusterer over the day in time order — on each labelled day of
 * {@code story-days}, beside two baselines of the same run: every article its own story, and plain TF-IDF cosine
 * with average-link agglomerative clustering ({@link AverageLinkBaseline}) whose threshold is chosen on the other
 * day(s). The engine is also shown with its join threshold chosen the same way, so that a default that only fits
 * one day shows up. The development streams rebuilt from a corpus ({@link UnseenStoryDays#DEVELOPMENT}, such as a
 * labelled week: follow-ups days later) are development days like those of {@code story-days}: scored, swept, their
 * errors listed, and each one's thresholds chosen on the others.
 *
 * <p>Then the unseen days ({@link UnseenStoryDays}: labels shipped here, articles rebuilt from the corpus), marked
 * "unseen: not used for tuning": scored the same way with thresholds chosen on the development days only, left out
 * of {@code --sweep} and {@code --errors}.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "B-cubed F1 of the story engine on labelled real news days, with same-run baselines.")
public final class EvalStoriesCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default ../shared/data).")
    Path data;

    @Option(names = "--sweep", description = "Also print the engine's F1 on every development day for each join threshold of the grid "
            + "(never on the unseen days).")
    boolean sweep;

    @Option(names = "--errors", description = "Also list the shipped engine's errors on each development day (never on the unseen days): gold "
            + "stories it split and stories it merged, costliest first.")
    boolean errors;

    @Option(names = "--development-only", description = "Score the development days only, leaving the unseen days out "
            + "(for tuning loops: the unseen days are looked at once, at the end).")
    boolean developmentOnly;

    @Option(names = "--weights", split = ",", paramLabel = "LEAD,ENTITY",
            description = "With --sweep: the lead and entity weights swept (default: the shipped ones).")
    double[] weights;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * One analysed day: the analyses in page order, each page's gold story as a number, and the baseline's TF-IDF
     * similarities of every two pages (worked out once; the threshold search reuses them).
     */
    record AnalysedDay(String name, List<String> ids, List<Analysis> analyses, List<Integer> gold, double[][] tfidf) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> folder = DataDirs.resolve(Optional.ofNullable(data)).map(d -> d.resolve("story-days"))
                .filter(Files::isDirectory);
        List<StoryDays.Day> days = folder.isPresent() ? StoryDays.load(folder.get()) : List.of();
        if (days.isEmpty()) {
            out.println("stories: skipped, story-days not found under the data directory (the unseen days too: their thresholds come from it)");
            out.flush();
            return 0;
        }
        List<AnalysedDay> analysed = new ArrayList<>();
        for (StoryDays.Day day : days) {
            analysed.add(analyse(day));
        }
        analysed.addAll(developmentStreams(out, folder.get().getParent()));
        double[] thresholds = range(0.02, 0.60, 0.01);
        double[] engineThresholds = range(0.04, 0.80, 0.02);
        for (int d = 0; d < analysed.size(); d++) {
            AnalysedDay day = analysed.get(d);
            List<AnalysedDay> others = new ArrayList<>(analysed);
            others.remove(d);
            out.printf(Locale.ROOT, "%s: %d articles in %d gold stories%n", day.name(), day.gold().size(),
                    day.gold().stream().distinct().count());
            List<Integer> shippedStories = score(out, day, others, others.size() == 1 ? "other day" : "other days",
                    thresholds, engineThresholds);
            if (errors) {
                StoryErrors.print(out, day.gold(), shippedStories, i -> label(day, i));
            }
        }
        if (!developmentOnly) {
            unseen(out, folder.get().getParent(), analysed, thresholds, engineThresholds);
        }
        if (sweep) {
            ClusterConfig swept = weights == null ? ClusterConfig.DEFAULT : ClusterConfig.DEFAULT.withWeights(weights[0], weights[1]);
            out.printf(Locale.ROOT, "join threshold: engine F1 per day (lead weight %.2f, entity weight %.2f)%n",
                    swept.leadWeight(), swept.entityWeight());
            for (double t : engineThresholds) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %.2f", t));
                for (AnalysedDay day : analysed) {
                    BCubed b = BCubed.score(day.gold(), engine(day, swept.withThreshold(t)));
                    line.append(String.format(Locale.ROOT, "  %s %.3f", day.name(), b.f1()));
                }
                out.println(line);
                out.flush();
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The development streams of {@link UnseenStoryDays#DEVELOPMENT}, rebuilt from the corpora under {@code dataDir}
     * and analysed; a stream whose corpus is absent is skipped with a line saying so.
     */
    private static List<AnalysedDay> developmentStreams(PrintWriter out, Path dataDir) throws IOException {
        List<AnalysedDay> streams = new ArrayList<>();
        for (String name : UnseenStoryDays.names(UnseenStoryDays.DEVELOPMENT)) {
            UnseenStoryDays.Definition definition = UnseenStoryDays.definition(UnseenStoryDays.DEVELOPMENT, name);
            Optional<UnseenStoryDays.Day> built = UnseenStoryDays.build(dataDir, definition,
                    UnseenStoryDays.gold(UnseenStoryDays.DEVELOPMENT, name));
            if (built.isEmpty()) {
                out.printf(Locale.ROOT, "%s: skipped, %s not found%n", name, UnseenStoryDays.corpusFile(dataDir, definition));
                out.flush();
                continue;
            }
            streams.add(analyse(name, built.get().pages(), built.get().gold()));
        }
        return streams;
    }

    /**
     * The unseen days (resources {@code story-unseen}, rebuilt from the corpora under {@code dataDir}): scored like
     * the development days, with every threshold chosen on the development days only; never swept, their errors
     * never listed, so that they stay a check of how the rules carry over.
     */
    private void unseen(PrintWriter out, Path dataDir, List<AnalysedDay> development, double[] thresholds,
                        double[] engineThresholds) throws IOException {
        for (String name : UnseenStoryDays.names()) {
            UnseenStoryDays.Definition definition = UnseenStoryDays.definition(name);
            Optional<UnseenStoryDays.Day> built = UnseenStoryDays.build(dataDir, definition, UnseenStoryDays.gold(name));
            if (built.isEmpty()) {
                out.printf(Locale.ROOT, "%s (unseen: not used for tuning): skipped, %s not found%n", name,
                        UnseenStoryDays.corpusFile(dataDir, definition));
                out.flush();
                continue;
            }
            AnalysedDay day = analyse(name, built.get().pages(), built.get().gold());
            out.printf(Locale.ROOT, "%s (unseen: not used for tuning): %d articles in %d gold stories%n", day.name(),
                    day.gold().size(), day.gold().stream().distinct().count());
            score(out, day, development, "development days", thresholds, engineThresholds);
        }
    }

    /**
     * Scores one day: the two baselines and the engine, each threshold chosen on {@code reference} (named
     * {@code chosenOn} in the lines), the engine as shipped and the largest-story diagnostic; returns the shipped
     * engine's stories.
     */
    private List<Integer> score(PrintWriter out, AnalysedDay day, List<AnalysedDay> reference, String chosenOn,
                                double[] thresholds, double[] engineThresholds) {
        report(out, "singletons (every article its own story)", BCubed.score(day.gold(), singletons(day)));
        double t = bestOn(reference, thresholds, (o, x) -> AverageLinkBaseline.cluster(o.tfidf(), x));
        report(out, String.format(Locale.ROOT, "TF-IDF average-link, t=%.2f from %s", t, chosenOn),
                BCubed.score(day.gold(), AverageLinkBaseline.cluster(day.tfidf(), t)));
        ClusterConfig shipped = ClusterConfig.DEFAULT;
        double e = bestOn(reference, engineThresholds, (o, x) -> engine(o, shipped.withThreshold(x)));
        report(out, String.format(Locale.ROOT, "engine, join threshold %.2f from %s", e, chosenOn),
                BCubed.score(day.gold(), engine(day, shipped.withThreshold(e))));
        List<Integer> shippedStories = engine(day, shipped);
        report(out, String.format(Locale.ROOT, "engine as shipped (cluster --json, t=%.2f)", shipped.threshold()),
                BCubed.score(day.gold(), shippedStories));
        report(out, "  diagnostic: the same with the largest gold story fixed",
                BCubed.score(day.gold(), largestStoryFixed(day.gold(), shippedStories)));
        return shippedStories;
    }

    interface Clusterer {
        List<Integer> cluster(AnalysedDay day, double threshold);
    }

    /** The threshold with the best mean F1 over {@code days}; ties go to the lower one. */
    private static double bestOn(List<AnalysedDay> days, double[] grid, Clusterer clusterer) {
        double best = grid[0];
        double bestF1 = -1;
        for (double t : grid) {
            double sum = 0;
            for (AnalysedDay day : days) {
                sum += BCubed.score(day.gold(), clusterer.cluster(day, t)).f1();
            }
            if (sum / days.size() > bestF1 + 1e-9) {
                bestF1 = sum / days.size();
                best = t;
            }
        }
        return best;
    }

    private static void report(PrintWriter out, String name, BCubed b) {
        out.printf(Locale.ROOT, "  %-52s P=%.3f R=%.3f F1=%.3f%n", name, b.precision(), b.recall(), b.f1());
        out.flush();
    }

    /** Each page's story from the engine: the story holding the page's own (first) article. */
    static List<Integer> engine(AnalysedDay day, ClusterConfig config) {
        StoryConfig storyConfig = new StoryConfig(StoryConfig.DEFAULT.dedupe(), config, StoryConfig.DEFAULT.summarySentences());
        List<Story> stories = StoryPipeline.standard(storyConfig).cluster(day.analyses());
        Map<String, Integer> storyOfSource = new HashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (StoryArticle a : stories.get(s).articles()) {
                if (a.ref().index() == 0) {
                    storyOfSource.put(a.ref().source(), s);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Analysis a : day.analyses()) {
            out.add(storyOfSource.getOrDefault(a.source(), -1 - out.size()));
        }
        return out;
    }

    /**
     * The predicted stories with every member of the largest gold story moved into one story of its own: how
     * much of the shortfall that one story explains (a diagnostic, not a result).
     */
    static List<Integer> largestStoryFixed(List<Integer> gold, List<Integer> predicted) {
        Map<Integer, Integer> sizes = new HashMap<>();
        gold.forEach(g -> sizes.merge(g, 1, Integer::sum));
        int largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            out.add(gold.get(i) == largest ? Integer.MIN_VALUE : predicted.get(i));
        }
        return out;
    }

    /** An article as the error list shows it: id, gold story number, publication time, outlet and title. */
    private static String label(AnalysedDay day, int i) {
        var meta = day.analyses().get(i).articles().get(0).article().metadata();
        return String.format(Locale.ROOT, "%s g%-3d %-19.19s %-10.10s %s", day.ids().get(i), day.gold().get(i),
                meta.published().orElse("undated"), meta.outlet().orElse(""), meta.title().orElse("(no title)"));
    }

    private static List<Integer> singletons(AnalysedDay day) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < day.gold().size(); i++) {
            out.add(i);
        }
        return out;
    }

    /** Every page of the day analysed in one run, as {@code cluster --json DIR} does. */
    static AnalysedDay analyse(StoryDays.Day day) throws IOException {
        List<UnseenStoryDays.Page> pages = new ArrayList<>();
        for (Map.Entry<String, Path> page : day.pages().entrySet()) {
            pages.add(new UnseenStoryDays.Page(page.getKey(), page.getValue().toString(), Files.readAllBytes(page.getValue())));
        }
        return analyse(day.name(), pages, day.gold());
    }

    /** Every page analysed in one run, in the given (publication) order, each with its gold story as a number. */
    static AnalysedDay analyse(String name, List<UnseenStoryDays.Page> pages, Map<String, String> goldStories) throws IOException {
        NewsPipeline pipeline = NewsPipeline.standard(PipelineConfig.DEFAULT);
        ExtractionRun run = pipeline.newRun();
        List<Analysis> analyses = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, Integer> storyNumbers = new HashMap<>();
        for (UnseenStoryDays.Page page : pages) {
            ReadOutcome outcome = pipeline.decode(page.source(), page.html(), Optional.of("text/html"));
            if (!(outcome instanceof ReadOutcome.Read read)) {
                throw new IOException(page.source() + ": " + ((ReadOutcome.Rejected) outcome).message());
            }
            analyses.add(pipeline.analyze(read.document(), run));
            ids.add(page.id());
            gold.add(storyNumbers.computeIfAbsent(goldStories.get(page.id()), s -> storyNumbers.size()));
        }
        return new AnalysedDay(name, ids, analyses, gold, AverageLinkBaseline.similarities(analyses));
    }

    private static double[] range(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round((from + i * step) * 1000) / 1000.0;
        }
        return out;
    }
}
