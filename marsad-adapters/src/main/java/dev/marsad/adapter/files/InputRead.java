package dev.marsad.adapter.files;

import dev.marsad.model.outcome.RejectionReason;
import java.util.Objects;

/** Reading one named input gives bytes or a reason it could not be read. */
public sealed interface InputRead {
    /** The input as named. */
    String source();

    /** @param input the bytes read */
    record Loaded(InputSource input) implements InputRead {
        public Loaded {
            Objects.requireNonNull(input, "input");
        }

        @Override
        public String source() {
            return input.source();
        }
    }

    /**
     * @param source the input as named
     * @param reason why it could not be read
     * @param detail specifics for the error line
     */
    record Failed(String source, RejectionReason reason, String detail) implements InputRead {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
