package dev.marsad.summarize;

import static dev.marsad.fixtures.ArabicStories.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Role;
import dev.marsad.model.Story;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimelineEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySummarizerTest {
    private final StorySummarizer summarizer = new StorySummarizer(3);

    private static StoryMember member(String source, String title, String outlet, String date, String text, Extraction x) {
        return new StoryMember(new ArticleRef(source, 0), ArabicStories.article(Role.MAIN, title, outlet, date, text, x));
    }

    private static List<StoryMember> quake() {
        return List.of(
                member("a.html", "زلزال يضرب المغرب", "هسبريس", "2023-09-09", ArabicStories.QUAKE_1, Extraction.EMPTY),
                member("b.html", "حصيلة زلزال الحوز ترتفع", "الجزيرة", "2023-09-10", ArabicStories.QUAKE_2, Extraction.EMPTY),
                member("c.html", "الملك يزور الجرحى", "هسبريس", "2023-09-12", ArabicStories.QUAKE_3, Extraction.EMPTY));
    }

    @Test
    void everySummarySentenceCarriesItsSource() {
        Story story = summarizer.summarize("s-1", quake(), List.of());
        assertThat(story.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (SummarySentence s : story.summary()) {
            StoryMember from = quake().stream().filter(m -> m.ref().equals(s.from())).findFirst().orElseThrow();
            assertThat(from.article().article().text()).contains(s.text());
        }
    }

    @Test
    void summaryDrawsOnMoreThanOneSource() {
        Story story = summarizer.summarize("s-1", quake(), List.of());
        assertThat(story.summary().stream().map(s -> s.from().source()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void wireCopySentencesAreNotRepeated() {
        List<StoryMember> members = List.of(
                member("a.html", "زلزال", "أ", "2023-09-09", ArabicStories.QUAKE_1, Extraction.EMPTY),
                member("b.html", "زلزال", "ب", "2023-09-09", ArabicStories.QUAKE_1, Extraction.EMPTY));
        Story story = new StorySummarizer(5).summarize("s-1", members, List.of());
        assertThat(story.summary().stream().map(SummarySentence::text).distinct().count()).isEqualTo(story.summary().size());
    }

    @Test
    void headlineIsAMemberTitle() {
        Story story = summarizer.summarize("s-1", quake(), List.of());
        assertThat(List.of("زلزال يضرب المغرب", "حصيلة زلزال الحوز ترتفع", "الملك يزور الجرحى")).contains(story.headline());
    }

    @Test
    void headlineNamesTheEventRatherThanAReactionThatRecountsIt() {
        String first = "قال شهود عيان إن انفجارا استهدف صباح اليوم موكب رئيس الوزراء الفلسطيني لدى دخوله قطاع غزة عبر معبر "
                + "بيت حانون. ونجا رئيس الوزراء من الانفجار دون إصابات، بينما أصيب عدد من مرافقيه بجروح طفيفة.";
        String second = "استهدف انفجار موكب رئيس الوزراء الفلسطيني في قطاع غزة بعد دقائق من عبوره معبر بيت حانون، "
                + "ونجا رئيس الوزراء ورئيس جهاز المخابرات من الانفجار. وأصيب سبعة من المرافقين بجروح.";
        // The reaction's body recounts both reports (as roundups do), so it is the closest to a whole-text centroid.
        String reaction = "استنكرت الرئاسة الفلسطينية الاستهداف الجبان لموكب رئيس الوزراء، وحملت حركة حماس المسؤولية. "
                + first + " " + second;
        List<StoryMember> members = List.of(
                member("a", "انفجار يستهدف موكب رئيس الوزراء الفلسطيني في غزة", "أ", "2018-03-13", first, Extraction.EMPTY),
                member("b", "نجاة رئيس الوزراء الفلسطيني من انفجار استهدف موكبه في غزة", "ب", "2018-03-13", second,
                        Extraction.EMPTY),
                member("c", "الرئاسة تستنكر \"الاستهداف الجبان\"", "ج", "2018-03-13", reaction, Extraction.EMPTY));
        Story story = summarizer.summarize("s", members, List.of());
        assertThat(story.headline()).isNotEqualTo("الرئاسة تستنكر \"الاستهداف الجبان\"").contains("موكب");
    }

    @Test
    void headlineFallsBackToFirstSentenceWithoutTitles() {
        Story story = summarizer.summarize("s-1", List.of(member("a", null, null, null, ArabicStories.KIM_1,
                Extraction.EMPTY)), List.of());
        assertThat(story.headline()).startsWith("زار الزعيم الكوري الشمالي");
    }

    @Test
    void headlineLosesTrailingNoBreakSpaces() {
        Story story = summarizer.summarize("s-1", List.of(member("a", "كيم يزور روسيا \u00A0", null, null,
                ArabicStories.KIM_1, Extraction.EMPTY)), List.of());
        assertThat(story.headline()).isEqualTo("كيم يزور روسيا");
    }

    @Test
    void entitiesMergeByKeyWithVariantsAndMentions() {
        String a = ArabicStories.KIM_1;
        String b = ArabicStories.KIM_2;
        List<StoryMember> members = List.of(
                member("a", "t", "o", "2023-09-15", a, new Extraction(ArabicStories.entities(a,
                        "كيم جونغ أون", "kim-jong-un", EntityType.PERSON, "فلاديمير بوتين", "putin", EntityType.PERSON),
                        List.of(), List.of())),
                member("b", "t", "o", "2023-09-15", b, new Extraction(ArabicStories.entities(b,
                        "كيم جونج أون", "kim-jong-un", EntityType.PERSON), List.of(), List.of())));
        List<StoryEntity> entities = summarizer.summarize("s", members, List.of()).entities();
        assertThat(entities).first().satisfies(e -> {
            assertThat(e.key()).isEqualTo("kim-jong-un");
            assertThat(e.mentions()).isEqualTo(2);
            assertThat(List.of(e.name(), e.variants().get(0))).containsExactlyInAnyOrder("كيم جونغ أون", "كيم جونج أون");
        });
        assertThat(entities).extracting(StoryEntity::key).containsExactly("kim-jong-un", "putin");
    }

    @Test
    void timelineIsSortedAndQuotesTheDatedSentence() {
        String a = ArabicStories.QUAKE_1;
        String c = ArabicStories.QUAKE_3 + " وبدأت الأشغال في 15 سبتمبر 2023 في القرى المتضررة.";
        List<StoryMember> members = List.of(
                member("c", "t", "o", "2023-09-15", c, new Extraction(List.of(), List.of(),
                        List.of(ArabicStories.time(c, "15 سبتمبر 2023", "2023-09-15")))),
                member("a", "t", "o", "2023-09-09", a, new Extraction(List.of(), List.of(),
                        List.of(ArabicStories.time(a, "ليل الجمعة", "2023-09-08")))));
        List<TimelineEvent> timeline = summarizer.summarize("s", members, List.of()).timeline();
        assertThat(timeline).extracting(TimelineEvent::date).containsExactly("2023-09-08", "2023-09-15");
        assertThat(timeline.get(0).text()).startsWith("ضرب زلزال").endsWith("ليل الجمعة.");
        assertThat(timeline.get(1).sources()).containsExactly("c");
    }

    @Test
    void quotesKeepTheirSourceAndRepeatsAreDropped() {
        var q = ArabicStories.quote("ديمتري بيسكوف", "peskov", "الزيارة ناجحة");
        List<StoryMember> members = List.of(
                member("a", "t", "o", "2023-09-15", ArabicStories.KIM_3, new Extraction(List.of(), List.of(q), List.of())),
                member("b", "t", "o", "2023-09-15", ArabicStories.KIM_1, new Extraction(List.of(), List.of(q), List.of())));
        Story story = summarizer.summarize("s", members, List.of());
        assertThat(story.quotes()).singleElement().satisfies(sq -> assertThat(sq.source()).isEqualTo("a"));
    }

    @Test
    void quotesOfNamedSpeakersComeBeforeStatementsWithoutANamedSpeaker() {
        var unnamed = new dev.marsad.model.Quote(java.util.Optional.empty(), java.util.Optional.empty(),
                "وصل الزعيم الكوري الشمالي إلى أقصى الشرق الروسي", false);
        var peskov = ArabicStories.quote("ديمتري بيسكوف", "person:peskov", "الزيارة ناجحة");
        var sullivan = ArabicStories.quote("جيك سوليفان", "person:sullivan", "نراقب عن كثب ما يجري");
        List<StoryMember> members = List.of(
                member("a", "t", "o", "2023-09-12", ArabicStories.KIM_1,
                        new Extraction(List.of(), List.of(unnamed, peskov), List.of())),
                member("b", "t", "o", "2023-09-14", ArabicStories.KIM_3,
                        new Extraction(List.of(), List.of(sullivan), List.of())));
        Story story = summarizer.summarize("s", members, List.of());
        assertThat(story.quotes()).extracting(sq -> sq.quote().text())
                .containsExactly("الزيارة ناجحة", "نراقب عن كثب ما يجري", "وصل الزعيم الكوري الشمالي إلى أقصى الشرق الروسي");
    }

    @Test
    void outletsListFirstReportPerOutlet() {
        Story story = summarizer.summarize("s", quake(), List.of());
        assertThat(story.outlets()).extracting(o -> o.outlet() + "@" + o.firstReported().orElse(""))
                .containsExactly("هسبريس@2023-09-09", "الجزيرة@2023-09-10");
    }

    @Test
    void emptyStoryGivesEmptyProducts() {
        Story story = summarizer.summarize("s", List.of(), List.of());
        assertThat(story.summary()).isEmpty();
        assertThat(story.timeline()).isEmpty();
        assertThat(story.headline()).isEmpty();
    }
}
