package dev.marsad.eval.extract;

import dev.marsad.eval.data.DataDirs;
import dev.marsad.eval.extract.NewsQuotes.NewsArticle;
import dev.marsad.extract.ArticleExtractor;
import dev.marsad.extract.ExtractConfig;
import dev.marsad.extract.ExtractionRun;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
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
 * modern articles of {@code quotes-dev} (held-out part and development part, fixed by id), skipped with a message
 * when that data is absent.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote detection P/R/F1 and speaker accuracy on hand-labelled passages (own fixtures) and on quotes-dev.")
public final class EvalQuotesCommand extends FixtureEvalCommand<QuoteTally> {
    @Option(names = "--data", description = "quotes-dev folder, or the data folder holding it (default ../shared/data).")
    Path data;

    public EvalQuotesCommand() {
        super("quotes", QuoteTally::new);
    }

    @Override
    void afterFixtures(PrintWriter out) {
        Optional<Path> dir = newsDir();
        if (dir.isEmpty()) {
            out.println("quotes-dev: skipped, no quotes-dev data (texts.jsonl, gold.jsonl) under "
                    + (data != null ? data : Path.of("..", "shared", "data")));
            return;
        }
        List<NewsArticle> articles = NewsQuotes.load(dir.get());
        QuoteTally heldOut = new QuoteTally();
        QuoteTally dev = new QuoteTally();
        KindTally heldOutKinds = new KindTally();
        KindTally devKinds = new KindTally();
        ArticleExtractor extractor = new ArticleExtractor(ExtractConfig.DEFAULT);
        int heldOutCount = 0;
        for (NewsArticle a : articles) {
            CleanArticle article = new CleanArticle(Role.MAIN, ArticleMetadata.EMPTY.withPublished(
                    a.published().isEmpty() ? Optional.empty() : Optional.of(a.published())), a.text());
            List<Quote> found = extractor.extract(article, new ExtractionRun()).quotes();
            boolean held = a.heldOut();
            heldOutCount += held ? 1 : 0;
            List<QuoteTally.Outcome> outcomes = (held ? heldOut : dev).add(a.id(), a.golds(), found);
            for (int i = 0; i < outcomes.size(); i++) {
                (held ? heldOutKinds : devKinds).add(a.quotes().get(i), outcomes.get(i));
            }
        }
        out.println("quotes-dev: " + dir.get() + " (" + articles.size() + " articles)");
        out.println("held-out part (odd ids from q05, " + heldOutCount + " articles, never read for fixes):");
        heldOut.report().forEach(line -> out.println("  " + line));
        heldOutKinds.report().forEach(line -> out.println("  " + line));
        out.println("development part (even ids, q01, q03; " + (articles.size() - heldOutCount) + " articles):");
        dev.report().forEach(line -> out.println("  " + line));
        devKinds.report().forEach(line -> out.println("  " + line));
        if (verbose) {
            out.println("misses in the quotes-dev development part:");
            dev.misses().forEach(m -> out.println("  " + m));
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
