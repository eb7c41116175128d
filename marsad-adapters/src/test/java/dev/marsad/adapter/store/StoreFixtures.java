package dev.marsad.adapter.store;

import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Extraction;
import dev.marsad.model.Quote;
import dev.marsad.model.Role;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryEntity;
import dev.marsad.model.StoryQuote;
import dev.marsad.model.SummarySentence;
import dev.marsad.model.TimeMention;
import dev.marsad.model.TimelineEvent;
import java.util.List;
import java.util.Optional;

/** Analysed Arabic articles and stories for store tests, built by hand so every field is set. */
final class StoreFixtures {
    static final String KIM_TEXT = "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا يوم الأربعاء.\n\n"
            + "وقال المتحدث: «الزيارة تاريخية».";

    private StoreFixtures() {
    }

    static AnalyzedArticle kim() {
        ArticleMetadata meta = new ArticleMetadata(Optional.of("كيم يصل إلى روسيا"), Optional.of("الأمة برس"),
                Optional.of("أ ف ب"), Optional.of("2023-09-13"), Optional.of("سيول"), Optional.of("ar"));
        Extraction extraction = new Extraction(
                List.of(new Entity("كيم جونغ أون", EntityType.PERSON, "kim-jong-un", 26, 38),
                        new Entity("روسيا", EntityType.LOCATION, "russia", 43, 48)),
                List.of(new Quote(Optional.empty(), Optional.empty(), "الزيارة تاريخية", true)),
                List.of(new TimeMention("يوم الأربعاء", Optional.of("2023-09-13"), 49, 61),
                        new TimeMention("قريبا", Optional.empty(), 0, 0)));
        return new AnalyzedArticle(new CleanArticle(Role.MAIN, meta, KIM_TEXT), extraction);
    }

    /** An appended article with every optional field empty. */
    static AnalyzedArticle appended(String text) {
        return new AnalyzedArticle(new CleanArticle(Role.APPENDED, ArticleMetadata.EMPTY, text), Extraction.EMPTY);
    }

    /** The {@code n}-th article of a synthetic stream, distinct per {@code n}. */
    static Analysis numbered(int n) {
        String text = "خبر رقم " + n + " عن زيارة بيونغ يانغ.\n\n" + "فقرة ثانية للخبر " + n + ".";
        AnalyzedArticle main = new AnalyzedArticle(new CleanArticle(Role.MAIN,
                ArticleMetadata.EMPTY.withTitle(Optional.of("عنوان " + n)), text), Extraction.EMPTY);
        return new Analysis("input-" + n + ".html", List.of(main, appended("ملحق " + n)), List.of("إقرأ أيضاً:"));
    }

    static Story story(String id) {
        ArticleRef ref = new ArticleRef("a.html", 0);
        ArticleRef other = new ArticleRef("b.html", 1);
        return new Story(id, "كيم في روسيا",
                List.of(new StoryArticle(ref, Optional.of("كيم يصل"), Optional.of("الأمة برس"), Optional.empty())),
                List.of(new SummarySentence("وصل كيم جونغ أون إلى روسيا.", ref)),
                List.of(new TimelineEvent("2023-09-13", "وصل كيم", List.of("a.html", "b.html"))),
                List.of(new StoryEntity("kim", "كيم جونغ أون", EntityType.PERSON, List.of("كيم جونج أون"), 12)),
                List.of(new StoryQuote(new Quote(Optional.of("بوتين"), Optional.of("putin"), "نرحب", false), "b.html")),
                List.of(List.of(ref, other)));
    }
}
