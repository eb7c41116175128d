package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule classes split out of QuoteFinder, SpeakerResolver, SpeakerPhrases and EntitySpeakers (issue 15), each
 * tested on its own on sentences written for the test.
 */
class QuoteRuleClassesTest {

    @Test
    void directQuotesAreLongEnoughWordsInMarksAndShortOnesAfterAMediaNounAreNames() {
        String p = "وقال \"إن الحكومة ستعلن القرار غدا\" ثم غادر. وذكرت وكالة \"الأناضول\" الخبر.";
        List<DirectQuotes.Quoted> quotes = DirectQuotes.directQuotes(p);
        assertThat(quotes).hasSize(1); // "الأناضول" is one word: no quotation
        assertThat(quotes.get(0).text().of(p)).isEqualTo("إن الحكومة ستعلن القرار غدا");
        String named = "ذكرت وكالة \"أنباء الشرق الأوسط\" أن الاجتماع انتهى.";
        assertThat(DirectQuotes.isNameInMarks(named, DirectQuotes.directQuotes(named).get(0))).isTrue();
        // A company's or a bank's name in marks too (survey, stop 33).
        String company = "في دراسة الجودة التي أجرتها مؤسسة «جيه دي باور» هذا العام.";
        assertThat(DirectQuotes.isNameInMarks(company, DirectQuotes.directQuotes(company).get(0))).isTrue();
        String bank = "وأصدر مصرف \"جيه بي مورغان\" تقريرا عن الأسعار.";
        assertThat(DirectQuotes.isNameInMarks(bank, DirectQuotes.directQuotes(bank).get(0))).isTrue();
        assertThat(DirectQuotes.insideDirect(p.indexOf("الحكومة"), quotes)).isTrue();
        assertThat(DirectQuotes.insideDirect(p.indexOf("غادر"), quotes)).isFalse();
    }

    @Test
    void eachSpeechVerbOpensItsOwnClauseButNotATimeClause() {
        String s = "وقال الوزير إن الحكومة ستدعم المزارعين هذا العام، مؤكدا أن الدعم سيصل إلى كل القرى قريبا.";
        List<ReportedClause> clauses = ReportedClauses.reportedIn(s, 0, List.of());
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(1).index()).isEqualTo(1);
        String time = "وقال الوزير بعد أن زار المصنع الجديد في المدينة الصناعية صباح اليوم كلاما كثيرا.";
        assertThat(ReportedClauses.reportedIn(time, 0, List.of())).isEmpty();
    }

    @Test
    void aCitedSourceReportsItsSentenceButFiguresDoNot() {
        FoldedText cited = FoldedText.of("وقتل عشرون شخصا في القصف على البلدة الحدودية، بحسب وزارة الصحة.");
        assertThat(CitedSources.cited(cited, 0, List.of())).hasValueSatisfying(r -> assertThat(r.cited()).isTrue());
        FoldedText figures = FoldedText.of("وارتفعت الأسعار عشرة في المئة خلال العام الماضي، وفق بيانات رسمية.");
        assertThat(CitedSources.cited(figures, 0, List.of())).isEmpty();
    }

    @Test
    void namesThatSpeakForNobodyHere() {
        String text = "وقال أحمد سالم لبي بي سي إن الوضع هادئ، وتحدث مع الروسي.";
        SpeakerChain chain = new SpeakerChain(text, List.of());
        SpeakerNameFilters filters = new SpeakerNameFilters(text, chain);
        int at = text.indexOf("بي بي سي");
        Entity addressee = new Entity("بي بي سي", EntityType.ORGANIZATION, NameKey.of(EntityType.ORGANIZATION, "بي بي سي"), at, at + 8);
        assertThat(filters.isAddressee(addressee)).isTrue();
        int r = text.indexOf("الروسي");
        Entity nationality = new Entity("الروسي", EntityType.PERSON, NameKey.of(EntityType.PERSON, "الروسي"), r, r + 6);
        assertThat(SpeakerNameFilters.isNationalityWord(nationality)).isTrue();
        assertThat(filters.companionBefore(text.indexOf("وتحدث"), r)).isTrue();
    }

    @Test
    void nameEdgesAndTheWayASpeakerIsWritten() {
        assertThat(SpeakerNameParts.isBareNameWord("سالم")).isTrue();
        assertThat(SpeakerNameParts.isBareNameWord("الوزير")).isFalse();
        assertThat(SpeakerNameParts.isPlaceOrGroupNoun(Lexicon.fold("بمنطقة"))).isTrue();
        String text = "وقال مدير الشركة أحمد سالم إن الأرباح زادت. وأضاف سالم أن العمال سيحصلون على مكافآت.";
        SpeakerChain chain = new SpeakerChain(text, List.of());
        QuoteSpeakerNames names = new QuoteSpeakerNames(chain, null);
        Speaker written = names.written(new Speaker("أحمد سالم صباح اليوم", NameKey.of(EntityType.PERSON, "أحمد سالم")));
        assertThat(written.name()).isEqualTo("أحمد سالم");
    }
}
