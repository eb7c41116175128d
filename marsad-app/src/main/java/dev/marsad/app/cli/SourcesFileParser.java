package dev.marsad.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.marsad.adapter.store.WatchedSource;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sources file ({@code watch --sources FILE}, TOML, parsed by Jackson's TOML module): a {@code [defaults]}
 * table and one {@code [[source]]} table per feed or sitemap, with {@code name} and {@code url} (required),
 * {@code outlet}, {@code language} (ISO 639-1), {@code country} (ISO 3166-1 alpha-2) and {@code interval}
 * ({@code 30s}, {@code 15m}, {@code 2h}; at least {@link #MIN_INTERVAL}). Any key it does not know is an error,
 * so a misspelt {@code intreval} is reported instead of silently polling every 15 minutes. Pure: bytes in,
 * sources or one line naming the file and the reason out.
 */
final class SourcesFileParser {
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    private static final Set<String> SETTINGS = Set.of("outlet", "language", "country", "interval");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** What reading a sources file came to. */
    sealed interface Outcome permits Loaded, Invalid {
    }

    /** @param sources the file's sources, in file order */
    record Loaded(List<WatchedSource> sources) implements Outcome {
    }

    /** @param message one line: the file's name and what is wrong */
    record Invalid(String message) implements Outcome {
    }

    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private SourcesFileParser() {
    }

    static Outcome parse(String file, byte[] bytes, Duration defaultInterval) {
        try {
            JsonNode root = new TomlMapper().readTree(bytes);
            return new Loaded(sources(root, defaultInterval));
        } catch (JacksonException e) {
            return new Invalid(file + ": not valid TOML (" + firstLine(e.getOriginalMessage()) + lineOf(e) + ")");
        } catch (IOException e) {
            return new Invalid(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (Bad e) {
            return new Invalid(file + ": " + e.getMessage());
        }
    }

    private static List<WatchedSource> sources(JsonNode root, Duration fallback) throws Bad {
        keysAllowed(root, Set.of("defaults", "source"), "");
        JsonNode defaults = root.path("defaults");
        if (!defaults.isMissingNode() && !defaults.isObject()) {
            throw new Bad("defaults must be a table ([defaults])");
        }
        keysAllowed(defaults, SETTINGS, "[defaults]: ");
        JsonNode list = root.path("source");
        if (!list.isArray() || list.isEmpty()) {
            throw new Bad("no sources: list each feed or sitemap in a [[source]] table with a name and a url");
        }
        List<WatchedSource> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int number = 0;
        for (JsonNode node : list) {
            number++;
            String where = "source " + number + where(node) + ": ";
            WatchedSource source = source(node, defaults, fallback, where);
            if (!names.add(source.name())) {
                throw new Bad(where + "name '" + source.name() + "' is used twice");
            }
            sources.add(source);
        }
        return sources;
    }

    private static String where(JsonNode node) {
        JsonNode name = node.path("name");
        return name.isTextual() ? " ('" + name.asText() + "')" : "";
    }

    private static WatchedSource source(JsonNode node, JsonNode defaults, Duration fallback, String where) throws Bad {
        if (!node.isObject()) {
            throw new Bad(where + "must be a table ([[source]])");
        }
        Set<String> allowed = new HashSet<>(SETTINGS);
        allowed.add("name");
        allowed.add("url");
        keysAllowed(node, allowed, where);
        String name = text(node, "name", where).orElseThrow(() -> new Bad(where + "name is missing"));
        if (name.isBlank() || name.length() > WatchedSource.MAX_NAME) {
            throw new Bad(where + "name must be 1 to " + WatchedSource.MAX_NAME + " characters");
        }
        URI url = url(text(node, "url", where).orElseThrow(() -> new Bad(where + "url is missing")), where);
        Optional<String> outlet = setting(node, defaults, "outlet", where);
        if (outlet.isPresent() && (outlet.get().isBlank() || outlet.get().length() > WatchedSource.MAX_NAME)) {
            throw new Bad(where + "outlet must be 1 to " + WatchedSource.MAX_NAME + " characters");
        }
        Optional<String> language = setting(node, defaults, "language", where).map(l -> l.toLowerCase(Locale.ROOT));
        if (language.isPresent() && (language.get().length() != 2 || !LANGUAGES.contains(language.get()))) {
            throw new Bad(where + "language '" + language.get() + "' is not a two-letter ISO 639-1 code (ar, en, fr)");
        }
        Optional<String> country = setting(node, defaults, "country", where).map(c -> c.toUpperCase(Locale.ROOT));
        if (country.isPresent() && !COUNTRIES.contains(country.get())) {
            throw new Bad(where + "country '" + country.get() + "' is not a two-letter ISO 3166 code (EG, SA, MA)");
        }
        Duration interval = fallback;
        Optional<String> raw = setting(node, defaults, "interval", where);
        if (raw.isPresent()) {
            interval = interval(raw.get(), where);
        }
        return new WatchedSource(name.strip(), url, outlet.map(String::strip), language, country, interval);
    }

    private static URI url(String raw, String where) throws Bad {
        try {
            URI url = new URI(raw.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new Bad(where + "url must be an http(s) address: " + raw);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new Bad(where + "url is malformed: " + raw);
        }
    }

    private static Duration interval(String raw, String where) throws Bad {
        Duration interval;
        try {
            interval = new DurationConverter().convert(raw);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new Bad(where + "interval " + e.getMessage());
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new Bad(where + "interval must be at least " + MIN_INTERVAL.toSeconds() + "s: " + raw);
        }
        return interval;
    }

    /** The source's own value of {@code key}, else the defaults'. */
    private static Optional<String> setting(JsonNode node, JsonNode defaults, String key, String where) throws Bad {
        Optional<String> own = text(node, key, where);
        return own.isPresent() ? own : text(defaults, key, "[defaults]: ");
    }

    private static Optional<String> text(JsonNode node, String key, String where) throws Bad {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new Bad(where + key + " must be a quoted string");
        }
        return Optional.of(value.asText());
    }

    private static void keysAllowed(JsonNode node, Set<String> allowed, String where) throws Bad {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new Bad(where + "unknown key '" + name + "' (expected " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private static String lineOf(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " at line " + e.getLocation().getLineNr();
    }
}
