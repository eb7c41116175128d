package dev.marsad.eval.clean;

import dev.marsad.clean.CleanConfig;
import dev.marsad.clean.PageCleaner;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.CleanPage;
import dev.marsad.model.DocumentFormat;
import dev.marsad.model.SourceDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./marsad eval clean}: line-level precision, recall and F1 of boilerplate removal and body-line
 * retention of the clean stage, on two sets of our own pages (not an external benchmark):
 * <ul>
 *   <li>labelled pages: {@code marsad-eval/corpus/clean/<round>/*.txt}, labelled line by line by a person
 *       ({@link LabelledPage}), one figure per round; the corpus README says which rounds the rules have
 *       seen. Also scores the main article's metadata fields;</li>
 *   <li>dev: the plain-text golden fixtures of {@code marsad-core/src/test/resources/golden/clean}, whose
 *       reviewed {@code .expected} bodies are the gold. The rules were developed on these, so their figure is a
 *       regression check, not an accuracy estimate.</li>
 * </ul>
 * Directories are resolved against the working directory; an absent one is skipped with a message.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Line-level P/R/F1 of boilerplate removal on our labelled pages (held-out) and golden files (dev).")
public final class EvalCleanCommand implements Callable<Integer> {
    private static final List<String> FIELDS = List.of("title", "outlet", "agency", "published", "dateline");

    @Option(names = "--corpus", description = "Held-out labelled pages (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("marsad-eval/corpus/clean");

    @Option(names = "--golden", description = "Golden fixtures, dev set (default: ${DEFAULT-VALUE}).")
    Path golden = Path.of("marsad-core/src/test/resources/golden/clean");

    @Option(names = "--verbose", description = "Print every misjudged line.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PageCleaner cleaner = new PageCleaner(CleanConfig.DEFAULT);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        heldOut(out);
        dev(out);
        out.flush();
        return 0;
    }

    /** Scores each sub-folder of the corpus on its own (one per labelling round), or the folder itself. */
    private void heldOut(PrintWriter out) {
        List<Path> rounds = subfolders(corpus);
        if (rounds.isEmpty()) {
            heldOut(out, corpus);
        }
        rounds.forEach(round -> heldOut(out, round));
    }

    private void heldOut(PrintWriter out, Path dir) {
        List<Path> files = list(dir, ".txt");
        if (files.isEmpty()) {
            out.println("held-out: skipped, no labelled pages in " + dir);
            return;
        }
        LineScore total = LineScore.ZERO;
        int fieldsRight = 0;
        int fieldsAll = 0;
        for (Path file : files) {
            LabelledPage page = LabelledPage.parse(read(file));
            CleanPage result = cleaner.clean(new SourceDocument(file.toString(), page.content(), DocumentFormat.PLAIN_TEXT));
            List<Boolean> gold = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (LabelledPage.Labelled line : page.lines()) {
                if (!BodyLines.blank(line.text())) {
                    gold.add(line.body());
                    lines.add(line.text());
                }
            }
            total = total.plus(score(file, lines, gold, result, out));
            ArticleMetadata meta = result.articles().get(0).metadata();
            for (String field : FIELDS) {
                Optional<String> want = page.expected().getOrDefault(field, Optional.empty());
                Optional<String> got = field(meta, field);
                fieldsAll++;
                if (want.equals(got)) {
                    fieldsRight++;
                } else if (verbose) {
                    out.println("  " + file.getFileName() + " " + field + ": expected " + want.orElse("null")
                            + ", got " + got.orElse("null"));
                }
            }
        }
        out.println("labelled pages (" + files.size() + ", " + dir + "): " + total.report());
        out.printf(java.util.Locale.ROOT, "  main-article metadata fields (title/outlet/agency/published/dateline): "
                + "%d of %d right (%.3f)%n", fieldsRight, fieldsAll, fieldsAll == 0 ? 1.0 : (double) fieldsRight / fieldsAll);
    }

    private void dev(PrintWriter out) {
        List<Path> files = list(golden, ".txt");
        if (files.isEmpty()) {
            out.println("dev: skipped, no golden pages in " + golden);
            return;
        }
        LineScore total = LineScore.ZERO;
        for (Path file : files) {
            Path expectedFile = file.resolveSibling(file.getFileName().toString().replaceAll("\\.txt$", ".expected"));
            if (!Files.exists(expectedFile)) {
                continue;
            }
            BodyLines goldBodies = new BodyLines(ExpectedFile.bodies(read(expectedFile)));
            String content = read(file);
            List<Boolean> gold = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (String line : content.split("\\R")) {
                if (!BodyLines.blank(line)) {
                    gold.add(goldBodies.kept(line));
                    lines.add(line);
                }
            }
            CleanPage result = cleaner.clean(new SourceDocument(file.toString(), content, DocumentFormat.PLAIN_TEXT));
            total = total.plus(score(file, lines, gold, result, out));
        }
        out.println("dev (" + files.size() + " golden pages, rules developed on them, " + golden + "): " + total.report());
    }

    private LineScore score(Path file, List<String> lines, List<Boolean> gold, CleanPage result, PrintWriter out) {
        BodyLines bodies = new BodyLines(result.articles().stream().map(CleanArticle::text).toList());
        List<Boolean> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean k = bodies.kept(lines.get(i));
            kept.add(k);
            if (verbose && k != gold.get(i)) {
                out.println("  " + file.getFileName() + (gold.get(i) ? " body removed: " : " noise kept: ") + lines.get(i));
            }
        }
        return LineScore.of(gold, kept);
    }

    static Optional<String> field(ArticleMetadata m, String name) {
        return Map.of("title", m.title(), "outlet", m.outlet(), "agency", m.agency(), "published", m.published(),
                "dateline", m.dateline()).getOrDefault(name, Optional.empty());
    }

    private static List<Path> subfolders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
