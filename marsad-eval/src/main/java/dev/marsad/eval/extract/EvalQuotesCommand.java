package dev.marsad.eval.extract;

import picocli.CommandLine.Command;

/**
 * {@code ./marsad eval quotes}: detection precision/recall/F1 and speaker accuracy of quotations found by the
 * analyze path's extract stage, on Marsad's hand-labelled passages ({@code quotes-times.txt}).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote detection P/R/F1 and speaker accuracy on hand-labelled passages (own fixtures).")
public final class EvalQuotesCommand extends FixtureEvalCommand<QuoteTally> {
    public EvalQuotesCommand() {
        super("quotes", QuoteTally::new);
    }
}
