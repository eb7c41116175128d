package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speaker options of a quotation and their features, on sentences written for the test with the entities given
 * by hand: the rules' choice first, where each name stands, what the attribution's words say.
 */
class SpeakerOptionsTest {

    private static Entity entity(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Entity(name, type, NameKey.of(type, name), at, at + name.length());
    }

    private static List<SpeakerChoice> choices(String text, List<Entity> entities) {
        return SpeakerChoices.choose(text, entities, new ExtractionRun(), QuoteFinder.find(text), SpeakerRanker.parse(List.of()));
    }

    private static SpeakerOption named(SpeakerChoice choice, String name) {
        return choice.options().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theRulesChoiceComesFirstAndEachNameSaysWhereItStands() {
        String text = "زار خالد يوسف المدينة أمس. وقال وزير الخارجية أحمد سالم لصحيفة الأهرام إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.";
        List<SpeakerChoice> choices = choices(text, List.of(entity(text, "خالد يوسف", EntityType.PERSON),
                entity(text, "أحمد سالم", EntityType.PERSON), entity(text, "الأهرام", EntityType.ORGANIZATION),
                entity(text, "القاهرة", EntityType.LOCATION)));
        assertThat(choices).hasSize(1);
        SpeakerChoice c = choices.get(0);
        assertThat(c.rules().speaker()).hasValue("أحمد سالم");
        assertThat(c.options().get(0).name()).isEqualTo("أحمد سالم");
        assertThat(c.options().get(0).features()).contains("src=rule", "pos=verb_that", "first_after_verb", "type=PERSON",
                "pos=verb_that&kind=reported", "cue=title&pos=verb_that");
        assertThat(named(c, "خالد يوسف").features()).contains("pos=earlier", "earlier=near").doesNotContain("src=rule");
        assertThat(named(c, "القاهرة").features()).contains("pos=in_quote");
        assertThat(c.options()).anySatisfy(o -> assertThat(o.features()).contains("none", "none&rule=named"));
        assertThat(c.ranked()).isEqualTo(c.rules()); // no weights: the rules' choice
    }

    @Test
    void aContinuationOffersTheLastSpeakerAndAnUnnamedSourceSaysSo() {
        String text = "وقال أحمد سالم إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة. وأضاف أن الوفود وصلت إلى المدينة. "
                + "وقال مصدر أمني إن الطرق أغلقت منذ الصباح الباكر أمام السيارات.";
        List<SpeakerChoice> choices = choices(text, List.of(entity(text, "أحمد سالم", EntityType.PERSON)));
        assertThat(choices).hasSize(3);
        assertThat(named(choices.get(1), "أحمد سالم").features()).contains("src=last_speaker", "spoke=1", "cue=no_subject&src=last_speaker");
        SpeakerOption none = choices.get(2).options().get(0);
        assertThat(none.name()).isEmpty();
        assertThat(none.features()).contains("none&rule=unnamed", "cue=unnamed&none");
    }

    @Test
    void aDirectQuoteNamedAfterItsVerbAfterTheQuote() {
        String text = "«لن نتخلى عن حلفائنا في المنطقة مهما كلف الأمر»، قال الرئيس سامي حداد في كلمة.";
        QuoteCandidate c = QuoteFinder.find(text).get(0);
        QuoteSpan span = QuoteSpan.of(c);
        assertThat(span.kind()).isEqualTo("opens");
        assertThat(span.verbAt()).isGreaterThan(span.quoteTo());
        assertThat(span.verb()).isEqualTo("قال");
        Entity speaker = entity(text, "سامي حداد", EntityType.PERSON);
        assertThat(SpeakerOptions.position(span, speaker)).isEqualTo("verb_that");
    }
}
