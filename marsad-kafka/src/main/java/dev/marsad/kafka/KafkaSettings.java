package dev.marsad.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the distributed mode finds its broker and what it calls things: bootstrap servers, the three topics, their
 * partition counts and replication, and the consumer groups. Every value comes from an environment variable (one
 * place, see docs/DEPLOY.md) with a default; {@code --kafka} overrides the bootstrap servers.
 *
 * @param bootstrap         HOST:PORT[,HOST:PORT...] ({@code MARSAD_KAFKA_BOOTSTRAP})
 * @param pagesTopic        fetched pages, keyed by source ({@code MARSAD_KAFKA_PAGES_TOPIC}, marsad.pages)
 * @param articlesTopic     analysed pages, keyed by language ({@code MARSAD_KAFKA_ARTICLES_TOPIC}, marsad.articles)
 * @param pagePartitions    partitions of the pages topic: the most workers that share it ({@code MARSAD_KAFKA_PAGE_PARTITIONS}, 12)
 * @param articlePartitions partitions of the articles topic ({@code MARSAD_KAFKA_ARTICLE_PARTITIONS}, 3)
 * @param replication       replication factor of the topics ({@code MARSAD_KAFKA_REPLICATION}, 1)
 * @param workerGroup       consumer group of the workers ({@code MARSAD_KAFKA_WORKER_GROUP}, marsad-workers)
 * @param placerGroup       consumer group of the placer ({@code MARSAD_KAFKA_PLACER_GROUP}, marsad-placer)
 * @param storedTopic       articles as stored, keyed by article id, for the servers' search indexes
 *                          ({@code MARSAD_KAFKA_STORED_TOPIC}, marsad.stored)
 * @param storedPartitions  partitions of the stored topic ({@code MARSAD_KAFKA_STORED_PARTITIONS}, 3)
 * @param searchGroupPrefix what a server's consumer group is named with its node name after it
 *                          ({@code MARSAD_KAFKA_SEARCH_GROUP_PREFIX}, marsad-search-)
 */
public record KafkaSettings(String bootstrap, String pagesTopic, String articlesTopic, int pagePartitions,
                            int articlePartitions, short replication, String workerGroup, String placerGroup,
                            String storedTopic, int storedPartitions, String searchGroupPrefix) {
    public KafkaSettings {
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(pagesTopic, "pagesTopic");
        Objects.requireNonNull(articlesTopic, "articlesTopic");
        Objects.requireNonNull(workerGroup, "workerGroup");
        Objects.requireNonNull(placerGroup, "placerGroup");
        Objects.requireNonNull(storedTopic, "storedTopic");
        Objects.requireNonNull(searchGroupPrefix, "searchGroupPrefix");
        if (bootstrap.isBlank()) {
            throw new IllegalArgumentException("no Kafka bootstrap servers: give --kafka HOST:PORT or set MARSAD_KAFKA_BOOTSTRAP");
        }
        if (pagePartitions < 1 || articlePartitions < 1 || storedPartitions < 1 || replication < 1) {
            throw new IllegalArgumentException("Kafka partitions and replication must be 1 or more");
        }
    }

    /** The settings of {@code env}, with {@code bootstrap} (from {@code --kafka}) first when given. */
    public static KafkaSettings from(Optional<String> bootstrap, Map<String, String> env) {
        return new KafkaSettings(
                bootstrap.filter(b -> !b.isBlank()).orElse(env.getOrDefault("MARSAD_KAFKA_BOOTSTRAP", "")),
                value(env, "MARSAD_KAFKA_PAGES_TOPIC", "marsad.pages"),
                value(env, "MARSAD_KAFKA_ARTICLES_TOPIC", "marsad.articles"),
                number(env, "MARSAD_KAFKA_PAGE_PARTITIONS", 12),
                number(env, "MARSAD_KAFKA_ARTICLE_PARTITIONS", 3),
                (short) number(env, "MARSAD_KAFKA_REPLICATION", 1),
                value(env, "MARSAD_KAFKA_WORKER_GROUP", "marsad-workers"),
                value(env, "MARSAD_KAFKA_PLACER_GROUP", "marsad-placer"),
                value(env, "MARSAD_KAFKA_STORED_TOPIC", "marsad.stored"),
                number(env, "MARSAD_KAFKA_STORED_PARTITIONS", 3),
                value(env, "MARSAD_KAFKA_SEARCH_GROUP_PREFIX", "marsad-search-"));
    }

    /**
     * The environment variables that give these settings, all but the bootstrap servers, to another process
     * ({@link #from} reads them back; the bootstrap goes by {@code --kafka}, so that a child started without it, the
     * bench's single process, stays on its own): how the benches start workers and placers on their own topics.
     */
    public Map<String, String> environment() {
        return Map.ofEntries(Map.entry("MARSAD_KAFKA_PAGES_TOPIC", pagesTopic), Map.entry("MARSAD_KAFKA_ARTICLES_TOPIC", articlesTopic),
                Map.entry("MARSAD_KAFKA_PAGE_PARTITIONS", String.valueOf(pagePartitions)),
                Map.entry("MARSAD_KAFKA_ARTICLE_PARTITIONS", String.valueOf(articlePartitions)),
                Map.entry("MARSAD_KAFKA_REPLICATION", String.valueOf(replication)),
                Map.entry("MARSAD_KAFKA_WORKER_GROUP", workerGroup), Map.entry("MARSAD_KAFKA_PLACER_GROUP", placerGroup),
                Map.entry("MARSAD_KAFKA_STORED_TOPIC", storedTopic),
                Map.entry("MARSAD_KAFKA_STORED_PARTITIONS", String.valueOf(storedPartitions)),
                Map.entry("MARSAD_KAFKA_SEARCH_GROUP_PREFIX", searchGroupPrefix));
    }

    /** The settings of the process environment. */
    public static KafkaSettings from(Optional<String> bootstrap) {
        return from(bootstrap, System.getenv());
    }

    /** These settings with other topic and group names (tests run several pipelines on one broker). */
    public KafkaSettings named(String prefix) {
        return new KafkaSettings(bootstrap, prefix + pagesTopic, prefix + articlesTopic, pagePartitions,
                articlePartitions, replication, prefix + workerGroup, prefix + placerGroup, prefix + storedTopic,
                storedPartitions, prefix + searchGroupPrefix);
    }

    /** The consumer group of the server named {@code node}: a group of its own, so every server reads every article. */
    public String searchGroup(String node) {
        return searchGroupPrefix + node;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + v, e);
        }
    }
}
