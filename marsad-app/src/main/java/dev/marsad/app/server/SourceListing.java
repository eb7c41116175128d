package dev.marsad.app.server;

import dev.marsad.adapter.store.SourceHealth;
import java.util.List;

/** The watched sources with their health as {@code watch --sources} last recorded them; read on each request. */
@FunctionalInterface
public interface SourceListing {
    /** No sources: a server without a sources store. */
    SourceListing NONE = List::of;

    List<SourceHealth> sources();
}
