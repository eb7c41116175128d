package dev.marsad.model.outcome;

import dev.marsad.model.SourceDocument;
import java.util.Objects;

/** Reading and decoding one input either gives a document or a reason why not. */
public sealed interface ReadOutcome {

    /** The input as the user named it. */
    String source();

    /** The input was decoded. @param document the decoded document */
    record Read(SourceDocument document) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String source() {
            return document.source();
        }
    }

    /**
     * The input was rejected.
     *
     * @param source the input as given
     * @param reason the category
     * @param detail specifics for the error line (size, status code, …)
     */
    record Rejected(String source, RejectionReason reason, String detail) implements ReadOutcome {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        /** One line naming the input and the reason. */
        public String message() {
            return source + ": " + reason.description() + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }
}
