package dev.marsad.app.server;

import dev.marsad.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quotation of every stored article, newest report first (undated reports last, then in store order).
 * Part of {@link ArticleView}'s snapshot, extended by {@link #with} as articles are stored, so a request filters
 * a list in memory instead of reading every article. Immutable.
 */
final class QuoteDirectory {
    /** Before any article. */
    static final QuoteDirectory EMPTY = new QuoteDirectory(List.of(), Map.of());

    /** Newest publication first; undated last. Sorts stably, so equal dates keep store order. */
    private static final Comparator<QuoteRow> ORDER = Comparator.comparing(
            (QuoteRow r) -> r.metadata().published().orElse(""), Comparator.reverseOrder());

    private final List<QuoteRow> rows;
    /** Each speaker key's rows, in directory order. */
    private final Map<String, List<QuoteRow>> bySpeaker;

    private QuoteDirectory(List<QuoteRow> rows, Map<String, List<QuoteRow>> bySpeaker) {
        this.rows = rows;
        this.bySpeaker = bySpeaker;
    }

    /**
     * This directory with the quotations of {@code added} (articles stored after those it holds, in store order)
     * merged in: the same as one built from all of them at once, since a new row goes after every old row of
     * the same date. This one stays as it was for its readers.
     */
    QuoteDirectory with(List<ArticleDigest> added) {
        List<QuoteRow> fresh = new ArrayList<>();
        for (ArticleDigest a : added) {
            for (Quote q : a.quotes()) {
                fresh.add(new QuoteRow(q, a));
            }
        }
        if (fresh.isEmpty()) {
            return this;
        }
        fresh.sort(ORDER);
        Map<String, List<QuoteRow>> freshBySpeaker = new LinkedHashMap<>();
        fresh.forEach(r -> r.quote().speakerKey()
                .ifPresent(k -> freshBySpeaker.computeIfAbsent(k, x -> new ArrayList<>()).add(r)));
        Map<String, List<QuoteRow>> speakers = new HashMap<>(bySpeaker);
        freshBySpeaker.forEach((k, news) -> speakers.put(k, merge(bySpeaker.getOrDefault(k, List.of()), news)));
        return new QuoteDirectory(merge(rows, fresh), speakers);
    }

    /** Both lists merged in {@link #ORDER}; on a tie the older row (from {@code old}) goes first. */
    private static List<QuoteRow> merge(List<QuoteRow> old, List<QuoteRow> fresh) {
        List<QuoteRow> out = new ArrayList<>(old.size() + fresh.size());
        int i = 0;
        int j = 0;
        while (i < old.size() && j < fresh.size()) {
            out.add(ORDER.compare(old.get(i), fresh.get(j)) <= 0 ? old.get(i++) : fresh.get(j++));
        }
        out.addAll(old.subList(i, old.size()));
        out.addAll(fresh.subList(j, fresh.size()));
        return List.copyOf(out);
    }

    /** The rows {@code filter} lets through, in directory order; a speaker's rows are looked up, not scanned for. */
    List<QuoteRow> find(QuoteFilter filter) {
        List<QuoteRow> candidates = filter.speaker().map(k -> bySpeaker.getOrDefault(k, List.of())).orElse(rows);
        return candidates.stream().filter(filter.predicate()).toList();
    }
}
