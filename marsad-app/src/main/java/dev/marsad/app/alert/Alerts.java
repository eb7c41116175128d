package dev.marsad.app.alert;

import dev.marsad.adapter.http.AddressPolicy;
import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.RetryPolicy;
import dev.marsad.port.StoryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Watchlists and alerts of one database, wired: the watches, the alert log, the evaluation of new articles
 * ({@link #onArticle}, hooked after each story refresh) and the dispatcher that sends webhooks and e-mails.
 * Webhook URLs must pass {@code addresses}, the same policy as every fetch (so loopback only with
 * {@code --allow-address 127.0.0.1}); e-mail needs {@code smtp}.
 */
public final class Alerts implements AutoCloseable {
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    private final JdbcWatchStore watches;
    private final JdbcAlertLog log;
    private final WebhookSender webhooks;
    private final Optional<SmtpSettings> smtp;
    private final AlertDispatcher dispatcher;
    private final WatchAlerts evaluation;
    private final Clock clock;

    public Alerts(Database database, StoryStore stories, AddressPolicy addresses, Optional<SmtpSettings> smtp,
                  RetryPolicy retries, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.watches = new JdbcWatchStore(database);
        this.log = new JdbcAlertLog(database);
        this.webhooks = new WebhookSender(addresses, SEND_TIMEOUT);
        this.smtp = Objects.requireNonNull(smtp, "smtp");
        Map<Delivery.Channel, Sender> senders = new EnumMap<>(Delivery.Channel.class);
        senders.put(Delivery.Channel.WEBHOOK, webhooks);
        smtp.ifPresent(s -> senders.put(Delivery.Channel.EMAIL, new MailSender(s, SEND_TIMEOUT)));
        this.dispatcher = new AlertDispatcher(log, senders, retries, clock);
        this.evaluation = new WatchAlerts(watches, log, stories, dispatcher::wake, clock);
    }

    /** Starts sending in the background. */
    public Alerts start() {
        dispatcher.start();
        return this;
    }

    /** The listener for the ingest path: see {@link WatchAlerts#onArticle}. */
    public void onArticle(dev.marsad.model.StoredArticle article, String storyId) {
        evaluation.onArticle(article, storyId);
    }

    public JdbcWatchStore watches() {
        return watches;
    }

    public JdbcAlertLog log() {
        return log;
    }

    /** Why {@code url} cannot be a webhook here, or empty when it can. */
    public Optional<String> webhookRefusal(java.net.URI url) {
        return webhooks.refusal(url);
    }

    /** Whether this server can send e-mail (an SMTP server is configured). */
    public boolean mailConfigured() {
        return smtp.isPresent();
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        dispatcher.close();
    }
}
