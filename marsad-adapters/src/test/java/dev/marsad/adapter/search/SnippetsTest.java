package dev.marsad.adapter.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.port.SearchIndex.SnippetPart;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private final Snippets snippets = new Snippets(ArabicAnalyzers.stemmed());

    @Test
    void emptyBodyHasNoSnippet() {
        assertThat(snippets.snippet("", Set.of("كيم"))).isEmpty();
    }

    @Test
    void longBodyIsCutAroundTheFirstMatchWithEllipses() {
        String body = "مقدمة طويلة ".repeat(30) + "ثم أطلقت كوريا الصواريخ في البحر " + "خاتمة ".repeat(60);
        List<SnippetPart> parts = snippets.snippet(body, SearchQueries.terms("صواريخ", ArabicAnalyzers.stemmed(), "body"));
        assertThat(parts.get(0).text()).isEqualTo("… ");
        assertThat(parts.get(parts.size() - 1).text()).isEqualTo(" …");
        assertThat(parts).filteredOn(SnippetPart::matched).extracting(SnippetPart::text).containsExactly("الصواريخ");
    }

    @Property(tries = 200)
    void partsAreAlwaysAPieceOfTheBody(@ForAll String body, @ForAll String query) {
        List<SnippetPart> parts = snippets.snippet(body, SearchQueries.terms(query, ArabicAnalyzers.stemmed(), "body"));
        String joined = parts.stream().map(SnippetPart::text).collect(Collectors.joining());
        String inner = joined.replaceFirst("^… ", "").replaceFirst(" …$", "");
        assertThat(body).contains(inner);
    }
}
