package dev.marsad.app.cli;

import dev.marsad.app.ingest.InputResult;
import dev.marsad.app.json.StoryJson;
import dev.marsad.model.Analysis;
import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryConfig;
import dev.marsad.pipeline.StoryPipeline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code marsad cluster --json INPUT...}: analyses every input and groups all their articles into stories,
 * written as one JSON object (see docs/CONTRACT.md). Unreadable inputs get a one-line message on stderr and
 * are listed under {@code errors}; the others are still clustered, and the exit status is then 2.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group the articles of all inputs into stories with summary, timeline, entities and quotes.")
public final class ClusterCommand extends JsonInputsCommand {
    @Override
    int write(List<InputResult> results) {
        PrintWriter out = options.out();
        PrintWriter err = options.err();
        List<Analysis> analyses = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (InputResult result : results) {
            result.analysis().ifPresent(analyses::add);
            result.error().ifPresent(e -> {
                errors.add(e);
                err.println("marsad: " + e);
            });
        }
        List<Story> stories = StoryPipeline.standard(StoryConfig.DEFAULT).cluster(analyses);
        out.println(StoryJson.document(stories, errors));
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
