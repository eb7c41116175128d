package dev.marsad.app.alert;

import dev.marsad.adapter.search.ArticleMatcher;
import dev.marsad.model.StoredArticle;
import dev.marsad.model.Story;
import dev.marsad.port.StoryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the watches as articles arrive: each newly stored article, once placed in its story, is matched
 * against every watch ({@link ArticleMatcher}: the article alone in memory, not a search over the store), and
 * a match fires an alert unless the watch already alerted that story, so the copies of one story from five
 * outlets make one alert. Alerts and their pending deliveries are written at once; sending is the
 * {@link AlertDispatcher}'s, on its own thread, so ingest waits only for the writes. A watch that fails to
 * evaluate (a broken query) is logged in one line and skipped; the article and the other watches go on.
 * Not thread-safe: called from the ingest path, which is serialised.
 */
public final class WatchAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(WatchAlerts.class);
    private final JdbcWatchStore watches;
    private final JdbcAlertLog log;
    private final StoryStore stories;
    private final Runnable wake;
    private final Clock clock;

    /** @param wake told when new deliveries were written (the dispatcher's {@code wake}, or nothing) */
    public WatchAlerts(JdbcWatchStore watches, JdbcAlertLog log, StoryStore stories, Runnable wake, Clock clock) {
        this.watches = Objects.requireNonNull(watches, "watches");
        this.log = Objects.requireNonNull(log, "log");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.wake = Objects.requireNonNull(wake, "wake");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@code article} was stored and placed in story {@code storyId}; returns the alerts it fired. Only watches
     * saved before the article was stored are considered: a watch alerts on what arrives after it.
     */
    public List<Alert> onArticle(StoredArticle article, String storyId) {
        List<Watch> candidates = watches.all().stream().filter(w -> !article.storedAt().isBefore(w.created())).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        ArticleMatcher matcher = ArticleMatcher.of(article);
        Optional<Story> story = Optional.empty();
        boolean storyRead = false;
        List<Alert> fired = new ArrayList<>();
        for (Watch watch : candidates) {
            try {
                if (!matcher.matches(watch.query(), watch.filters())) {
                    continue;
                }
                if (!storyRead) {
                    story = stories.story(storyId);
                    storyRead = true;
                }
                Instant now = clock.instant();
                Alert alert = new Alert(watch.id(), storyId, article.id(), now,
                        AlertPayload.json(watch, storyId, story, article, now));
                if (log.record(alert, channels(watch))) {
                    fired.add(alert);
                }
            } catch (RuntimeException e) {
                LOG.warn("alerts: watch {} ({}) skipped for article {}: {}", watch.id(), watch.name(), article.id(),
                        e.getMessage());
            }
        }
        if (!fired.isEmpty()) {
            wake.run();
        }
        return fired;
    }

    private static List<Delivery.Channel> channels(Watch watch) {
        List<Delivery.Channel> out = new ArrayList<>();
        watch.webhook().ifPresent(w -> out.add(Delivery.Channel.WEBHOOK));
        watch.email().ifPresent(e -> out.add(Delivery.Channel.EMAIL));
        return out;
    }
}
