package dev.marsad.cluster;

import dev.marsad.text.MatchTerms;
import dev.marsad.text.ResourceLines;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The press-review cue of the body rule ({@link ClusterConfig.BodyRule#maxPressCues}): how often an article's text names
 * newspapers («اهتمت الصحف اليوم», «صحيفة ليبراسيون», «الصحف البريطانية»). A press review gives each event of the day a
 * paragraph, so its text names the signature of every big story it mentions (France 24's review of 2018-03-13 named
 * eight of the Skripal story's ten terms); a column on one event quotes a paper once or twice at most. Stateless.
 */
final class PressReview {
    private static final Set<String> CUES = cues();

    private PressReview() {
    }

    /** How many times {@code text} (term counts as the clusterer reads them) names a newspaper. */
    static int cues(Map<String, Integer> text) {
        int n = 0;
        for (String cue : CUES) {
            n += text.getOrDefault(cue, 0);
        }
        return n;
    }

    private static Set<String> cues() {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.read("/dev/marsad/cluster/press-review-cues-ar.txt")) {
            out.addAll(MatchTerms.of(line));
        }
        return Set.copyOf(out);
    }
}
