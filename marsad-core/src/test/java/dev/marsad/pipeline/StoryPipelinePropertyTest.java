package dev.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import dev.marsad.model.Analysis;
import dev.marsad.model.Story;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Any text, however broken, gives stories that cover every article exactly once, without throwing. */
class StoryPipelinePropertyTest {
    private final StoryPipeline pipeline = StoryPipeline.standard(StoryConfig.DEFAULT);

    @Property(tries = 50)
    void everyArticleInExactlyOneStory(@ForAll @Size(max = 6) List<String> texts) {
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            analyses.add(new Analysis("in" + i, List.of(ArabicStories.article(null, null, null, texts.get(i))), List.of()));
        }
        List<Story> stories = pipeline.cluster(analyses);
        List<String> refs = new ArrayList<>();
        stories.forEach(s -> s.articles().forEach(a -> refs.add(a.ref().source())));
        assertThat(refs).doesNotHaveDuplicates().hasSize(texts.size());
        stories.forEach(s -> s.summary().forEach(sentence -> assertThat(refs).contains(sentence.from().source())));
    }
}
