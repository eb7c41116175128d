package dev.marsad.clean;

import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News outlets ({@code outlets-ar.txt}): the spellings a page uses to name its outlet on a line of its own
 * (هسبريس، الجزيرة نت، سبوتنيك عربي) and the web hosts that identify an outlet when the page names none.
 * Thread-safe, loaded once. Hand-kept rather than learnt: no maintained Arabic outlet table exists as a library.
 */
final class Outlets {
    static final String RESOURCE = "/dev/marsad/clean/outlets-ar.txt";
    /** A site-name line is short. */
    static final int MAX_WORDS = 4;

    private static final Map<String, String> SPELLINGS = new LinkedHashMap<>();

    /** An outlet's web host with an optional path prefix ({@code bbc.com} + {@code /arabic}). */
    private record Host(String host, String path, String outlet) {
        boolean matches(String otherHost, String otherPath) {
            return (otherHost.equals(host) || otherHost.endsWith("." + host))
                    && (path.isEmpty() || otherPath.equals(path) || otherPath.startsWith(path + "/"));
        }
    }

    /** Longest entry first, so that a path-specific entry wins over its host alone. */
    private static final List<Host> HOSTS;

    static {
        List<Host> hosts = new ArrayList<>();
        for (String[] row : LexiconFile.read(RESOURCE)) {
            if (row[1].matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?")) {
                String key = row[1].toLowerCase(Locale.ROOT);
                int slash = key.indexOf('/');
                hosts.add(slash < 0 ? new Host(key, "", row[0]) : new Host(key.substring(0, slash), key.substring(slash), row[0]));
            } else {
                SPELLINGS.putIfAbsent(fold(row[1]), row[0]);
            }
        }
        hosts.sort(Comparator.comparingInt((Host h) -> h.host().length() + h.path().length()).reversed());
        HOSTS = List.copyOf(hosts);
    }

    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://(?:[^/@?#]*@)?([^/:?#]+)(?::\\d+)?(/[^?#]*)?(?:[?#].*)?");

    private Outlets() {
    }

    private static String fold(String s) {
        return ArabicNormalizer.foldLower(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The outlet if {@code line}, as a whole, is one of its spellings. */
    static Optional<String> exactly(String line) {
        if (LineClassifier.countWords(line) > MAX_WORDS) {
            return Optional.empty();
        }
        return Optional.ofNullable(SPELLINGS.get(fold(line)));
    }

    /** The outlet whose host (and path prefix) an http(s) address belongs to; {@code www.} and subdomains match. */
    static Optional<String> ofAddress(String address) {
        // Parsed by pattern: the core stage does no I/O and takes nothing from java.net (ArchUnit-checked).
        Matcher m = ADDRESS.matcher(address.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2) == null ? "" : m.group(2);
        return HOSTS.stream().filter(h -> h.matches(host, path)).map(Host::outlet).findFirst();
    }
}
