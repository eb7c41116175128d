package dev.marsad.eval.extract;

import picocli.CommandLine.Command;

/**
 * {@code ./marsad eval times}: detection precision/recall/F1 of time expressions and accuracy of their resolved
 * values, on Marsad's hand-labelled passages ({@code quotes-times.txt}).
 */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Time expression detection P/R/F1 and value accuracy on hand-labelled passages (own fixtures).")
public final class EvalTimesCommand extends FixtureEvalCommand<TimeTally> {
    public EvalTimesCommand() {
        super("times", TimeTally::new);
    }
}
