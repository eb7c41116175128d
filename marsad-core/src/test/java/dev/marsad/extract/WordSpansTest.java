package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import org.junit.jupiter.api.Test;

/** The reported name of a span and its folded form, which the clean-up rules match against the lists. */
class WordSpansTest {

    private static NameSpan whole(String text) {
        return new NameSpan(0, text.length(), EntityType.ORGANIZATION, 0.9);
    }

    @Test
    void theFoldedNameIsLexiconFoldOfTheReportedName() {
        for (String name : new String[] {"وكالة الأنباء", "فرانس  برس", "سكاي\nنيوز", "بي\u00a0بي سي", "Sky News", "إرنا",
            "\u0623\u0633\u0648\u0634\u064a\u062a\u062f \u0628\u0631\u0633"}) {
            assertThat(WordSpans.foldedName(name, whole(name))).as(name).isEqualTo(Lexicon.fold(name));
        }
    }

    @Test
    void aSpanAfterThePrepositionAndTheArticleIsReportedWithTheArticle() {
        String text = "وقال للبيت الأبيض إن";
        int start = text.indexOf("لبيت");
        NameSpan s = new NameSpan(start, text.indexOf(" إن"), EntityType.ORGANIZATION, 0.9);
        assertThat(WordSpans.reportedName(text, s)).isEqualTo("البيت الأبيض");
        assertThat(WordSpans.foldedName(text, s)).isEqualTo(Lexicon.fold("البيت الأبيض"));
    }

    @Test
    void aFirstNameAndTheHashtagOfItsSurnameAreOneName() {
        // Stop 46 (quotes-fresh11): فلاديمير #بوتين had been two people, and the speaker فلاديمير.
        String text = "وصف الرئيس الروسي فلاديمير #بوتين الانتقادات بالثرثرة";
        int first = text.indexOf("فلاديمير");
        int second = text.indexOf("بوتين");
        var joined = WordSpans.joinedAcrossHashtags(java.util.List.of(
                new NameSpan(first, first + 8, EntityType.PERSON, 0.9), new NameSpan(second, second + 5, EntityType.PERSON, 0.8)), text);
        assertThat(joined).hasSize(1);
        assertThat(WordSpans.reportedName(text, joined.get(0))).isEqualTo("فلاديمير بوتين");
        // A person and a hashtag's place or topic stay apart, and so do two persons with no mark between.
        String topic = "انتقد فلاديمير #روسيا اليوم";
        int place = topic.indexOf("روسيا");
        assertThat(WordSpans.joinedAcrossHashtags(java.util.List.of(new NameSpan(6, 14, EntityType.PERSON, 0.9),
                new NameSpan(place, place + 5, EntityType.LOCATION, 0.9)), topic)).hasSize(2);
        String list = "التقى مروان خوري";
        assertThat(WordSpans.joinedAcrossHashtags(java.util.List.of(new NameSpan(6, 11, EntityType.PERSON, 0.9),
                new NameSpan(12, 16, EntityType.PERSON, 0.9)), list)).hasSize(2);
    }

    @Test
    void twoPersonsAcrossAHashtagsUnderscoreAreOneName() {
        String text = "عبر النجم #مروان_خوري عن سعادته بالحفلة";
        int first = text.indexOf("مروان");
        int second = text.indexOf("خوري");
        var joined = WordSpans.joinedAcrossUnderscores(java.util.List.of(
                new NameSpan(first, first + 5, EntityType.PERSON, 0.9), new NameSpan(second, second + 4, EntityType.PERSON, 0.8)), text);
        assertThat(joined).hasSize(1);
        assertThat(WordSpans.reportedName(text, joined.get(0))).isEqualTo("مروان خوري");
        // Two persons with a space between stay two (a list of names), and so do a person and a place.
        String list = "التقى مروان خوري";
        assertThat(WordSpans.joinedAcrossUnderscores(java.util.List.of(new NameSpan(6, 11, EntityType.PERSON, 0.9),
                new NameSpan(12, 16, EntityType.PERSON, 0.9)), list)).hasSize(2);
        var result = ExtractTestSupport.extractWithModel(text + ". وقال خوري: \"الحفلة ستكون مميزة جدا هذه المرة\".", "2018-03-20");
        assertThat(result.entities()).extracting(e -> e.text()).contains("مروان خوري");
    }

    @Test
    void aKoreanGivenNameJoinedWithAHyphenIsOnePerson() {
        // Stop 49 (quotes-fresh14): كيم إيوي-كيوم was two persons, and the quote went to كيم إيوي.
        String text = "وقال المتحدث باسم الرئاسة، كيم إيوي-كيوم، إن الحكومة \"تبذل كل ما بوسعها من أجل المخطوف\".";
        int first = text.indexOf("كيم");
        int second = text.indexOf("كيوم");
        var joined = WordSpans.joinedAcrossHyphens(java.util.List.of(new NameSpan(first, second - 1, EntityType.PERSON, 0.9),
                new NameSpan(second, second + 4, EntityType.PERSON, 0.8)), text);
        assertThat(joined).hasSize(1);
        assertThat(text.substring(joined.get(0).start(), joined.get(0).end())).isEqualTo("كيم إيوي-كيوم");
        // Two one-word persons so joined are two (a summit of two leaders).
        String summit = "قمة ترامب-كيم في سنغافورة";
        int t = summit.indexOf("ترامب");
        int k = summit.indexOf("كيم");
        assertThat(WordSpans.joinedAcrossHyphens(java.util.List.of(new NameSpan(t, t + 5, EntityType.PERSON, 0.9),
                new NameSpan(k, k + 3, EntityType.PERSON, 0.9)), summit)).hasSize(2);
        var result = ExtractTestSupport.extractWithModel(text, "2018-08-02");
        assertThat(result.quotes()).extracting(q -> q.speaker().orElse("")).containsExactly("كيم إيوي-كيوم");
    }
}
