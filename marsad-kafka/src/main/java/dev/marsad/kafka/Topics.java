package dev.marsad.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics when they are missing, so that a newcomer's first start needs no admin tool. */
public final class Topics {
    private static final long TIMEOUT_SECONDS = 60;

    private Topics() {
    }

    /** Creates the pages, articles and stored topics of {@code settings} unless they exist. */
    public static void ensure(KafkaSettings settings) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        try (Admin admin = Admin.create(props)) {
            // Pages are large and only needed until a worker analysed them; articles are kept a week so that a
            // placer that was down for days (or a new store) can still be filled from the topic.
            NewTopic pages = new NewTopic(settings.pagesTopic(), Optional.of(settings.pagePartitions()),
                    Optional.of(settings.replication())).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG,
                    String.valueOf(TimeUnit.DAYS.toMillis(3))));
            NewTopic articles = new NewTopic(settings.articlesTopic(), Optional.of(settings.articlePartitions()),
                    Optional.of(settings.replication())).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG,
                    String.valueOf(TimeUnit.DAYS.toMillis(7))));
            // Stored articles are kept as long as analysed ones: a server down for less than that catches up from the
            // topic; one down longer (its offsets gone from the topic) rebuilds its index from the store (SearchFeed).
            NewTopic stored = new NewTopic(settings.storedTopic(), Optional.of(settings.storedPartitions()),
                    Optional.of(settings.replication())).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG,
                    String.valueOf(TimeUnit.DAYS.toMillis(7))));
            for (NewTopic topic : List.of(pages, articles, stored)) {
                try {
                    admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Kafka at " + settings.bootstrap() + ": cannot create topic "
                                + topic.name() + " (" + e.getCause().getMessage() + ")", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + settings.bootstrap() + " did not answer in "
                    + TIMEOUT_SECONDS + " s", e);
        }
    }
}
