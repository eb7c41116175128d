package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Later mentions of people met earlier in the run. */
class KnownPeopleTest {
    private static List<String> found(String text, String... met) {
        ExtractionRun run = new ExtractionRun();
        for (String name : met) {
            run.rememberPerson(name);
        }
        return RuleSpans.surfaces(text, KnownPeople.find(Words.of(text), run));
    }

    @Test
    void theSurnameAloneAfterTheFullName() {
        assertThat(found("وقال بوتين إن المحادثات كانت مثمرة", "فلاديمير بوتين")).containsExactly("PERSON:بوتين");
    }

    @Test
    void theFullNameAgain() {
        assertThat(found("استقبل فلاديمير بوتين ضيفه في القاعدة", "فلاديمير بوتين"))
                .containsExactly("PERSON:فلاديمير بوتين");
    }

    @Test
    void aSurnameWithTheArticleOnlyAsTheLastWordOfSomeoneMet() {
        assertThat(found("وأكد الركراكي أن المنتخب جاهز للمباراة", "وليد الركراكي")).containsExactly("PERSON:الركراكي");
        assertThat(found("وأكد المدرب أن المنتخب جاهز للمباراة", "وليد الركراكي")).isEmpty();
    }

    @Test
    void aRelativeOfTheSameFamilyIsAPersonOfHisOwn() {
        assertThat(found("والتقى كيم جونغ ايل في عام 2000 بالرئيس الروسي", "كيم جونغ أون"))
                .containsExactly("PERSON:كيم جونغ ايل");
    }

    @Test
    void aNameBehindAOneLetterPreposition() {
        assertThat(found("وجه الرئيس دعوة لبوتين لزيارة البلاد", "فلاديمير بوتين")).containsExactly("PERSON:بوتين");
    }

    @Test
    void nobodyMetNoMention() {
        assertThat(found("وقال بوتين إن المحادثات كانت مثمرة")).isEmpty();
        assertThat(found("وقال أردوغان إن المحادثات كانت مثمرة", "فلاديمير بوتين")).isEmpty();
    }
}
