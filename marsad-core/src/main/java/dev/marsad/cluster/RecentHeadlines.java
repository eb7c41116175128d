package dev.marsad.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

/**
 * Which stories the recent stream's headlines name each specific term in: per day of a window of the last few days
 * (by publication day), per headline term, how many of the articles whose headline + first paragraph hold it went to
 * each story. A story's signature term is only evidence of its event when the term is concentrated in it: a topic of
 * weeks (كورونا) is named in the headlines of many stories at once, the place of one day's event (عسير on the day of
 * the mosque bombing) mostly in that event's. Cumulative counts cannot tell them apart (on a stream of months every
 * place is spread out), so days leave the window and their counts are dropped: the memory held is that of a few days
 * of headlines, whatever the stream's length. Mutable; owned by one {@link OnlineClusterer}.
 */
final class RecentHeadlines {
    private final int windowDays;
    /** Day (epoch) → term number → story number → articles of that day with the term in headline + lead. */
    private final TreeMap<Long, Map<Integer, Map<Integer, Integer>>> days = new TreeMap<>();
    /** Scratch of {@link #storiesNamingAtLeast}: terms named, by story number; the stamp of the term last counted. */
    private int[] named = new int[0];
    private int[] lastStamp = new int[0];
    private int[] namedStories = new int[0];
    private int stamps;

    RecentHeadlines(int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be positive: " + windowDays);
        }
        this.windowDays = windowDays;
    }

    /** An independent copy (what a day's checkpoint keeps). */
    RecentHeadlines copy() {
        RecentHeadlines out = new RecentHeadlines(windowDays);
        days.forEach((day, terms) -> {
            Map<Integer, Map<Integer, Integer>> copied = new HashMap<>(terms.size() * 2);
            terms.forEach((term, stories) -> copied.put(term, new HashMap<>(stories)));
            out.days.put(day, copied);
        });
        return out;
    }

    /**
     * Counts an article of {@code day} placed in {@code story}, with its headline + lead terms, and drops the days that
     * left the window. An article older than the window (a late one) is not counted.
     */
    void record(long day, RareTerms head, int story) {
        if (head.size() == 0) {
            return;
        }
        long newest = days.isEmpty() ? day : Math.max(days.lastKey(), day);
        if (day <= newest - windowDays) {
            return;
        }
        Map<Integer, Map<Integer, Integer>> terms = days.computeIfAbsent(day, d -> new HashMap<>());
        for (int i = 0; i < head.size(); i++) {
            terms.computeIfAbsent(head.term(i), t -> new HashMap<>(4)).merge(story, 1, Integer::sum);
        }
        days.headMap(newest - windowDays, true).clear();
    }

    /**
     * Drops the days that left the window by the stream's clock ({@code clock}: the newest day seen), so that a term's
     * concentration is judged over the last days even after days without a headline term.
     */
    void advanceTo(long clock) {
        days.headMap(clock - windowDays, true).clear();
    }

    /** Days held (for tests: the window stays bounded). */
    int daysHeld() {
        return days.size();
    }

    /**
     * Whether {@code term} is concentrated in {@code story}: of the window's articles whose headline + lead hold it,
     * those in stories of two or more articles other than {@code story} are at most {@code 1 - share} of all. Articles
     * still alone count with the story: early in a day an event's reports are many singletons and small pieces, and
     * a singleton is not yet another story competing for the term; a topic's term is held by many stories at once.
     *
     * @param sizeOf a story's number of articles now
     */
    boolean concentrated(int term, int story, double share, IntUnaryOperator sizeOf) {
        int all = 0;
        int elsewhere = 0;
        for (Map<Integer, Map<Integer, Integer>> terms : days.values()) {
            Map<Integer, Integer> stories = terms.get(term);
            if (stories == null) {
                continue;
            }
            for (Map.Entry<Integer, Integer> e : stories.entrySet()) {
                all += e.getValue();
                if (e.getKey() != story && sizeOf.applyAsInt(e.getKey()) > 1) {
                    elsewhere += e.getValue();
                }
            }
        }
        return all > 0 && elsewhere <= (1 - share) * all;
    }

    /**
     * Whether {@code term} is not spread over other stories: {@link #concentrated} in {@code story}, or named by no
     * headline of the window at all (the story's own reports older than the window: a term no recent story holds is no
     * topic of the moment either).
     */
    boolean notSpread(int term, int story, double share, IntUnaryOperator sizeOf) {
        return !heldInWindow(term) || concentrated(term, story, share, sizeOf);
    }

    private boolean heldInWindow(int term) {
        for (Map<Integer, Map<Integer, Integer>> terms : days.values()) {
            if (terms.containsKey(term)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an article of the window in {@code story} holds {@code term} in headline + lead. */
    boolean names(int term, int story) {
        for (Map<Integer, Map<Integer, Integer>> terms : days.values()) {
            Map<Integer, Integer> stories = terms.get(term);
            if (stories != null && stories.containsKey(story)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stories whose articles of the window name at least {@code min} of {@code terms} in headline + lead (over all
     * their articles), in number order.
     */
    int[] storiesNamingAtLeast(int[] terms, int min) {
        // Arrays by story number (numbers are dense) and a stamp per term instead of boxed maps and sets: this runs
        // for every arrival that grows a story. Scratch only: a copy need not share or copy them.
        int touched = 0;
        for (int term : terms) {
            if (++stamps == 0) {
                // Wrapped after 2^32 terms: start the stamps again from a cleared table.
                java.util.Arrays.fill(lastStamp, 0);
                stamps = 1;
            }
            int stamp = stamps;
            for (Map<Integer, Map<Integer, Integer>> day : days.values()) {
                Map<Integer, Integer> stories = day.get(term);
                if (stories == null) {
                    continue;
                }
                for (int story : stories.keySet()) {
                    if (story >= named.length) {
                        named = java.util.Arrays.copyOf(named, Math.max(story + 1, named.length * 2));
                        lastStamp = java.util.Arrays.copyOf(lastStamp, named.length);
                    }
                    if (lastStamp[story] == stamp) {
                        continue;
                    }
                    lastStamp[story] = stamp;
                    if (named[story]++ == 0) {
                        if (touched == namedStories.length) {
                            namedStories = java.util.Arrays.copyOf(namedStories, Math.max(16, touched * 2));
                        }
                        namedStories[touched++] = story;
                    }
                }
            }
        }
        int[] out = new int[touched];
        int n = 0;
        for (int i = 0; i < touched; i++) {
            int story = namedStories[i];
            if (named[story] >= min) {
                out[n++] = story;
            }
            named[story] = 0;
        }
        out = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(out);
        return out;
    }

    /** Moves the counts of story {@code from} to story {@code to} (from was absorbed into to). */
    void reassign(int from, int to) {
        for (Map<Integer, Map<Integer, Integer>> terms : days.values()) {
            for (Map<Integer, Integer> stories : terms.values()) {
                Integer c = stories.remove(from);
                if (c != null) {
                    stories.merge(to, c, Integer::sum);
                }
            }
        }
    }
}
