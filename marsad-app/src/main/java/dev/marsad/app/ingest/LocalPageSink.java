package dev.marsad.app.ingest;

import dev.marsad.app.ingest.IngestService.IngestResult;
import dev.marsad.model.ArticleMetadata;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link PageSink} of a process that analyses and stores its pages itself: each goes to its
 * {@link IngestService}. A class of its own, so that the service does not depend on the sink interface whose
 * result it defines (no class cycle).
 */
public final class LocalPageSink implements PageSink {
    private final IngestService service;

    public LocalPageSink(IngestService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /** The service the pages go to, for callers that also prepare pages on several threads. */
    public IngestService service() {
        return service;
    }

    @Override
    public IngestResult ingest(String source, byte[] body, Optional<String> contentType, ArticleMetadata hints) {
        return service.ingest(source, body, contentType, hints);
    }

    @Override
    public void endBatch() {
        service.endBatch();
    }

    @Override
    public void newRun() {
        service.newRun();
    }
}
