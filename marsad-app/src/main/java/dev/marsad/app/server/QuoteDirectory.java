package dev.marsad.app.server;

import dev.marsad.model.Quote;
import dev.marsad.model.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quotation of every stored article, newest report first (undated reports last, then in store order).
 * Built with {@link ArticleView}'s snapshot, so a request filters a list in memory instead of reading every
 * article. Immutable.
 */
final class QuoteDirectory {
    private final List<QuoteRow> rows;
    /** Each speaker key's rows, in directory order. */
    private final Map<String, List<QuoteRow>> bySpeaker;

    QuoteDirectory(List<StoredArticle> stored) {
        List<QuoteRow> all = new ArrayList<>();
        for (StoredArticle a : stored) {
            for (Quote q : a.article().extraction().quotes()) {
                all.add(new QuoteRow(q, a));
            }
        }
        // Stable sort: equal dates keep store order, so pages do not shuffle between requests.
        all.sort(Comparator.comparing((QuoteRow r) -> r.metadata().published().orElse(""),
                Comparator.reverseOrder()));
        rows = List.copyOf(all);
        Map<String, List<QuoteRow>> bySpeaker = new HashMap<>();
        rows.forEach(r -> r.quote().speakerKey().ifPresent(k -> bySpeaker.computeIfAbsent(k, x -> new ArrayList<>()).add(r)));
        this.bySpeaker = bySpeaker;
    }

    /** The rows {@code filter} lets through, in directory order; a speaker's rows are looked up, not scanned for. */
    List<QuoteRow> find(QuoteFilter filter) {
        List<QuoteRow> candidates = filter.speaker().map(k -> bySpeaker.getOrDefault(k, List.of())).orElse(rows);
        return candidates.stream().filter(filter.predicate()).toList();
    }
}
