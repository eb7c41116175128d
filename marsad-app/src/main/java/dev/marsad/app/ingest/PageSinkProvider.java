package dev.marsad.app.ingest;

/**
 * Opens a {@link PageSink} on a message broker ({@code --kafka HOST:PORT}). Found with {@link java.util.ServiceLoader},
 * so the single-process default carries no broker client: the implementation lives in module marsad-kafka, which
 * the launcher puts on the class path for {@code --kafka}.
 */
public interface PageSinkProvider {

    /** A sink publishing pages to the broker at {@code bootstrap} (HOST:PORT[,HOST:PORT...]). */
    PageSink open(String bootstrap);

    /** The provider on the class path; a one-line error when there is none. */
    static PageSinkProvider find() {
        return java.util.ServiceLoader.load(PageSinkProvider.class).findFirst().orElseThrow(() ->
                new IllegalStateException("--kafka needs module marsad-kafka on the class path (run ./marsad, "
                        + "which adds it for --kafka)"));
    }
}
