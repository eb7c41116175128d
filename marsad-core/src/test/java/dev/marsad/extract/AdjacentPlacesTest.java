package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listed places side by side that a finder took for one name are split into those places. */
class AdjacentPlacesTest {

    private static NameSpan span(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return new NameSpan(start, start + name.length(), type, 0.9);
    }

    private static List<String> texts(String text, List<NameSpan> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end()) + "/" + s.type()).toList();
    }

    @Test
    void twoListedPlacesTakenForOneOrganisationAreTwoPlaces() {
        String text = "وبموجب الاتفاق تبيع طهران دمشق النفط بأسعار مخفضة.";
        List<NameSpan> out = AdjacentPlaces.split(List.of(span(text, "طهران دمشق", EntityType.ORGANIZATION)), Words.of(text));
        assertThat(texts(text, out)).containsExactly("طهران/LOCATION", "دمشق/LOCATION");
    }

    @Test
    void aMultiWordPlaceIsKeptWholeInTheSplit() {
        String text = "وتمنح الولايات المتحدة أنقرة مهلة جديدة.";
        List<NameSpan> out = AdjacentPlaces.split(
                List.of(span(text, "الولايات المتحدة أنقرة", EntityType.PERSON)), Words.of(text));
        assertThat(texts(text, out)).containsExactly("الولايات المتحدة/LOCATION", "أنقرة/LOCATION");
    }

    @Test
    void aSpanWithAWordThatIsNoListedPlaceStays() {
        String text = "وزار مدير شركة بغداد المتحدة القاهرة أمس.";
        NameSpan org = span(text, "بغداد المتحدة", EntityType.ORGANIZATION);
        assertThat(AdjacentPlaces.split(List.of(org), Words.of(text))).containsExactly(org);
    }

    @Test
    void aOneWordPlaceOrAListedNameStays() {
        String text = "وصلت الوفود إلى دمشق، ثم إلى الولايات المتحدة.";
        NameSpan city = span(text, "دمشق", EntityType.LOCATION);
        NameSpan country = span(text, "الولايات المتحدة", EntityType.LOCATION);
        assertThat(AdjacentPlaces.split(List.of(city, country), Words.of(text))).containsExactly(city, country);
    }
}
