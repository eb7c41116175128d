package dev.marsad.app.cli;

import dev.marsad.adapter.feed.FeedLink;
import dev.marsad.adapter.feed.FeedParser;
import dev.marsad.adapter.feed.LinkKind;
import dev.marsad.adapter.feed.LinkListOutcome;
import dev.marsad.adapter.feed.SitemapParser;
import dev.marsad.adapter.files.ArchiveReader;
import dev.marsad.adapter.files.InputRead;
import dev.marsad.adapter.files.InputReader;
import dev.marsad.adapter.http.FetchOutcome;
import dev.marsad.adapter.http.PoliteFetcher;
import dev.marsad.adapter.store.JdbcArticleStore;
import dev.marsad.adapter.store.JdbcFeedRetryStore;
import dev.marsad.adapter.store.JdbcFeedStateStore;
import dev.marsad.app.ingest.ArticleAnalyzer;
import dev.marsad.app.ingest.IngestService;
import dev.marsad.app.ingest.LocalPageSink;
import dev.marsad.app.ingest.PageSink;
import dev.marsad.model.ArticleMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads inputs, expands feeds and sitemaps (recognised by content) into their article links and hands every
 * page to the {@link IngestService} (analysed, stored one input per transaction with its story placement). Bad
 * inputs become one error line naming the input and the reason; the others go on. With {@code --kafka} the
 * pages go to the broker instead ({@link PageSink}), for worker processes to analyse. Used by {@code ingest} and
 * {@code watch}; one command's inputs, or one poll, are one batch of the service. Not thread-safe.
 */
final class Ingester {
    private final PageSink service;
    private final PoliteFetcher fetcher;
    private final InputReader files;
    private final JdbcArticleStore store;
    private final JdbcFeedStateStore feedState;
    private final PollRetries retries;
    private final ProgressBar progress;
    private final FeedParser feeds = new FeedParser();
    private final SitemapParser sitemaps = new SitemapParser();
    private final CrawlLimits limits;
    private IngestTally tally = new IngestTally();
    /** What one input or one feed poll has spent so far. */
    private CrawlBudget budget;
    /** The command-line input being read: its own failures, unlike its entries', decide the exit status. */
    private String topSource = "";
    /** The last failure of {@link #topSource} itself, for a sources file's health table. */
    private Optional<String> topError = Optional.empty();
    /** What a sources file says of the polled feed (outlet, language): filled in where a page and its entry do not. */
    private ArticleMetadata sourceHints = ArticleMetadata.EMPTY;
    /** Threads that analyse an archive's articles (see {@link #ingestArchive}). */
    private int threads = 1;
    /**
     * Addresses of archive lines this command handed to a broker sink ({@code --kafka}): a later line repeating one
     * is skipped, as the single process skips it once the first is stored. The store cannot tell here: the placer
     * stores the first one later, in another process. (ANT has such lines: one France 24 page crawled under two
     * categories, its text edited between the two; stored twice, they cost the distributed mode its agreement with
     * the single process, docs/EVALUATION.md.)
     */
    private final java.util.Set<String> handedOn = new java.util.HashSet<>();

    Ingester(PageSink service, PoliteFetcher fetcher, InputReader files, JdbcArticleStore store,
             JdbcFeedStateStore feedState, JdbcFeedRetryStore retries, ProgressBar progress, CrawlLimits limits) {
        this.retries = new PollRetries(retries);
        this.limits = limits;
        this.budget = new CrawlBudget("", limits, progress);
        this.service = service;
        this.fetcher = fetcher;
        this.files = files;
        this.store = store;
        this.feedState = feedState;
        this.progress = progress;
    }

    /** Analyses an archive's articles on {@code threads} threads; stores them in the archive's order all the same. */
    Ingester analysisThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more: " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** The progress bar it reports to. */
    ProgressBar progressBar() {
        return progress;
    }

    /** The tally so far (for counts per source within one poll). */
    IngestTally tally() {
        return tally;
    }

    /** Why the last polled or ingested input itself failed, when it did (its entries' failures aside). */
    Optional<String> topError() {
        return topError;
    }

    /** Polls one feed or sitemap of a sources file: as {@link #poll(String)}, with the source's hints for its pages. */
    void poll(String url, ArticleMetadata hints) {
        sourceHints = hints;
        try {
            poll(url);
        } finally {
            sourceHints = ArticleMetadata.EMPTY;
        }
    }

    /** Ends the batch (the changed stories written, late articles placed); the extraction run goes on. */
    void endBatch() {
        service.endBatch();
    }

    /**
     * Ends the batch (the changed stories written, late articles placed) and starts a fresh tally and extraction
     * run; returns the finished tally.
     */
    IngestTally restart() {
        service.endBatch();
        IngestTally finished = tally;
        tally = new IngestTally();
        service.newRun();
        // Progress is per poll: the next one counts from 0 of its own total.
        progress.reset();
        return finished;
    }

    /** Ingests one command-line input: a file, directory, page URL, feed URL or sitemap URL. */
    void ingest(String input) {
        budget = new CrawlBudget(input, limits, progress);
        topSource = input;
        retries.start(Optional.empty());
        if (InputReader.isUrl(input)) {
            parseUri(input).ifPresent(uri -> fetched(input, fetcher.fetch(uri), true));
            return;
        }
        List<String> names = files.expand(input);
        if (names.isEmpty()) {
            error(input, "empty directory");
        }
        progress.expect(names.size());
        names.forEach(this::ingestFile);
    }

    /**
     * Polls one feed or sitemap URL with a conditional GET; a page URL is an error. An entry that cannot be
     * fetched is an error line and is recorded for a retry with back-off ({@link JdbcFeedRetryStore}), so the
     * feed's validators are remembered all the same: an unchanged feed costs a 304, and its failed entries are
     * tried again when due, whether the feed changed or not.
     */
    void poll(String url) {
        budget = new CrawlBudget(url, limits, progress);
        topSource = url;
        topError = Optional.empty();
        parseUri(url).ifPresent(uri -> {
            retries.start(Optional.of(uri));
            try {
                FetchOutcome outcome = fetcher.fetch(uri, feedState.validators(uri));
                fetched(url, outcome, false);
                retryDue();
                // A poll cut short by its budget is not remembered: the links left over come next time.
                if (outcome instanceof FetchOutcome.Fetched f && !f.validators().isEmpty() && !budget.spent) {
                    feedState.remember(uri, f.validators());
                }
            } finally {
                retries.end();
            }
        });
    }

    /** Tries the polled feed's failed entries whose wait is over and that this poll has not tried yet. */
    private void retryDue() {
        List<FeedLink> due = retries.due();
        progress.expect(due.size());
        for (FeedLink link : due) {
            if (budget.spent) {
                return;
            }
            ingestLink(link);
        }
    }

    private void ingestFile(String name) {
        if (ArchiveReader.isArchive(name)) {
            ingestArchive(name);
            return;
        }
        InputRead read = files.read(name);
        if (read instanceof InputRead.Failed failed) {
            fail(name, ArticleAnalyzer.readFailure(name, failed));
        } else {
            byte[] body = ((InputRead.Loaded) read).input().bytes();
            if (LinkKind.of(body) == LinkKind.PAGE) {
                analyzeAndStore(name, body, ((InputRead.Loaded) read).input().contentType(), ArticleMetadata.EMPTY);
            } else {
                expand(name, Path.of(name).toAbsolutePath().toUri(), body);
            }
        }
        progress.step(name);
    }

    /**
     * A JSON Lines archive: each line's article analysed and stored as if its page had been read, in the
     * archive's order. An article already stored (same address) is skipped before analysis, so importing an
     * archive again, or again after a kill, costs only the new lines. The run-independent part of analysis
     * (decode, clean, most of extract) runs on {@link #analysisThreads} threads; the rest (entity keys across
     * the run, the store, messages) runs here, line by line in the archive's order, so the stored articles and
     * the messages are the same whatever the number of threads. With a broker sink, a line repeating an address
     * handed on before by this command is skipped too ({@link #handedOn}): the placer stores the first, as here.
     * One difference remains: here a repeat is analysed when the first line of its address failed analysis; a
     * publisher cannot know that a worker failed, so it never hands the repeat on.
     */
    private void ingestArchive(String name) {
        // Addresses read but not yet handed off: a line repeating one of them is settled at its turn, not analysed.
        java.util.Set<String> inFlight = new java.util.HashSet<>();
        // Only this process's own ingest service analyses; a broker sink (--kafka) takes the pages in order as they are.
        IngestService local = service instanceof LocalPageSink own ? own.service() : null;
        try (OrderedWorkers workers = new OrderedWorkers(local == null ? 1 : threads)) {
            ArchiveReader.read(Path.of(name), entry -> {
                progress.expect(1);
                if (entry instanceof ArchiveReader.Entry.Bad bad) {
                    workers.submit(() -> () -> {
                        tally.inputs++;
                        tally.errors++;
                        progress.println("marsad: " + bad.message());
                    });
                } else if (entry instanceof ArchiveReader.Entry.Article a) {
                    if (store.hasSource(a.source()) || (local == null && !handedOn.add(a.source()))) {
                        workers.submit(() -> () -> {
                            tally.present++;
                            progress.step(a.source());
                        });
                    } else {
                        String page = a.title().map(t -> t + "\n\n").orElse("") + a.text();
                        ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle(a.title()).withPublished(a.published())
                                .withOutlet(a.outlet());
                        byte[] body = page.getBytes(StandardCharsets.UTF_8);
                        Optional<String> type = Optional.of("text/plain; charset=utf-8");
                        if (local == null) {
                            workers.submit(() -> () -> {
                                analyzeAndStore(a.source(), body, type, hints);
                                progress.step(a.source());
                            });
                        } else if (inFlight.add(a.source())) {
                            workers.submit(() -> {
                                ArticleAnalyzer.Prepared prepared = local.prepare(a.source(), body, type, hints);
                                return () -> {
                                    // Store failures are not per-input problems: they propagate and end the command.
                                    settle(local.ingestPrepared(prepared));
                                    inFlight.remove(a.source());
                                    progress.step(a.source());
                                };
                            });
                        } else {
                            // The same address is still in flight: at its turn, as one by one, it is already stored
                            // (the usual case) or, if the first failed, analysed now.
                            workers.submit(() -> () -> {
                                if (store.hasSource(a.source())) {
                                    tally.present++;
                                } else {
                                    analyzeAndStore(a.source(), body, type, hints);
                                }
                                progress.step(a.source());
                            });
                        }
                    }
                }
            });
            workers.flush();
        } catch (java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
            error(name, "cannot read the archive (" + e.getMessage() + ")");
        }
    }

    private void fetched(String source, FetchOutcome outcome, boolean pageAllowed) {
        if (outcome instanceof FetchOutcome.Fetched f) {
            LinkKind kind = LinkKind.of(f.body());
            if (kind != LinkKind.PAGE) {
                expand(source, f.finalUri(), f.body());
            } else if (pageAllowed) {
                analyzeAndStore(source, f.body(), f.contentType(), ArticleMetadata.EMPTY);
            } else {
                error(source, "not an RSS/Atom feed or a sitemap");
            }
        } else if (outcome instanceof FetchOutcome.Failed failed) {
            error(source, "could not be fetched (" + failed.reason() + ")");
        } else if (outcome instanceof FetchOutcome.Disallowed disallowed) {
            tally.skipped++;
            progress.println("marsad: " + source + ": skipped, " + disallowed.reason());
        }
        // NotModified: the feed has not changed since the last poll, so there is nothing to do.
        progress.step(source);
    }

    private void expand(String source, URI base, byte[] body) {
        LinkListOutcome outcome = LinkKind.of(body) == LinkKind.FEED
                ? feeds.parse(base, body) : sitemaps.parse(base, body);
        if (outcome instanceof LinkListOutcome.Malformed malformed) {
            error(source, malformed.reason());
            return;
        }
        budget.sitemapsSeen.add(base);
        LinkListOutcome.Parsed parsed = (LinkListOutcome.Parsed) outcome;
        for (URI child : parsed.subSitemaps()) {
            if (!budget.sitemapsSeen.add(child)) {
                continue;
            }
            if (budget.sitemapsSeen.size() > limits.maxSitemaps()) {
                error(child.toString(), "more than " + limits.maxSitemaps() + " sitemaps in one index, rest skipped");
                break;
            }
            if (!budget.take()) {
                return;
            }
            FetchOutcome fetchedChild = fetcher.fetch(child);
            if (fetchedChild instanceof FetchOutcome.Fetched f && LinkKind.of(f.body()) == LinkKind.SITEMAP) {
                if (budget.sitemapsSeen.add(f.finalUri()) || f.finalUri().equals(child)) {
                    expand(child.toString(), f.finalUri(), f.body());
                }
            } else if (fetchedChild instanceof FetchOutcome.Fetched) {
                error(child.toString(), "listed as a sitemap but is not one");
            } else {
                fetched(child.toString(), fetchedChild, false);
            }
        }
        List<FeedLink> links = parsed.articles();
        progress.expect(links.size());
        int taken = 0;
        for (int i = 0; i < links.size(); i++) {
            if (taken == limits.maxLinksPerList()) {
                // Entries already stored cost nothing, so the cap counts new ones: the rest come next poll.
                progress.println("marsad: " + source + ": " + limits.maxLinksPerList() + " new links taken, "
                        + (links.size() - i) + " left for the next run");
                budget.spent = true;
                return;
            }
            if (ingestLink(links.get(i))) {
                taken++;
            }
            if (budget.spent) {
                return;
            }
        }
    }

    /** Fetches and stores one entry unless already stored or waiting for a retry; true when it was tried. */
    private boolean ingestLink(FeedLink link) {
        String source = link.url().toString();
        if (store.hasSource(source)) {
            // Polling a feed again must not fetch its old entries again.
            tally.present++;
            retries.settled(link.url());
            progress.step(source);
            return false;
        }
        PollRetries.Decision decision = retries.decide(link.url());
        if (decision != PollRetries.Decision.FETCH) {
            // A given-up entry is skipped quietly: its error lines were printed while it was tried.
            tally.waiting += decision == PollRetries.Decision.WAITING ? 1 : 0;
            progress.step(source);
            return false;
        }
        if (!budget.take()) {
            progress.step(source);
            return false;
        }
        FetchOutcome outcome = fetcher.fetch(link.url());
        if (outcome instanceof FetchOutcome.Fetched f) {
            retries.settled(link.url());
            analyzeAndStore(source, f.body(), f.contentType(), link.hints().orElse(sourceHints));
            progress.step(source);
            return true;
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            Optional<String> next = retries.failed(link, failed.reason());
            if (next.isPresent()) {
                error(source, "could not be fetched (" + failed.reason() + "); " + next.get());
                progress.step(source);
                return true;
            }
        } else {
            // Disallowed by robots.txt now: not a failure to retry.
            retries.settled(link.url());
        }
        fetched(source, outcome, true);
        return true;
    }

    private void analyzeAndStore(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        settle(service.ingest(source, body, contentType, hints));
    }

    /** The tally and messages of one input's result: on the ingesting thread, in input order. */
    private void settle(IngestService.IngestResult result) {
        tally.inputs++;
        if (result.error().isPresent()) {
            tally.errors++;
            progress.println("marsad: " + result.error().get());
            return;
        }
        if (!service.stores()) {
            tally.published++;
            return;
        }
        tally.stored += result.added();
        tally.present += result.present();
    }

    private Optional<URI> parseUri(String url) {
        progress.expect(1);
        try {
            return Optional.of(new URI(url));
        } catch (java.net.URISyntaxException e) {
            error(url, "malformed URL");
            return Optional.empty();
        }
    }

    /** An input that could not be read, with its whole error line. */
    private void fail(String source, String line) {
        tally.inputs++;
        tally.errors++;
        if (source.equals(topSource)) {
            tally.sourceErrors++;
        }
        progress.println("marsad: " + line);
    }

    private void error(String source, String reason) {
        tally.inputs++;
        tally.errors++;
        if (source.equals(topSource)) {
            tally.sourceErrors++;
            topError = Optional.of(reason);
        }
        progress.println("marsad: " + source + ": " + reason);
    }
}
