package dev.marsad.kafka;

import dev.marsad.app.ingest.PageSink;
import dev.marsad.app.ingest.PageSinkProvider;
import java.util.Optional;

/** The {@link PageSinkProvider} that {@code ingest}/{@code watch --kafka} find on the class path. */
public final class KafkaPageSinkProvider implements PageSinkProvider {
    @Override
    public PageSink open(String bootstrap) {
        KafkaSettings settings = KafkaSettings.from(Optional.of(bootstrap));
        Topics.ensure(settings);
        return new KafkaPageSink(settings);
    }
}
