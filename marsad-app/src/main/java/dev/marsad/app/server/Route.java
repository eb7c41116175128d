package dev.marsad.app.server;

import io.javalin.http.Handler;
import java.util.Objects;

/**
 * One API route. The server registers exactly the routes of {@link Api#routes()}, and a test checks each is
 * documented in {@code openapi.json}.
 *
 * @param method  GET or POST
 * @param path    Javalin path with {@code {param}} placeholders (the same syntax OpenAPI uses)
 * @param handler what answers it
 */
record Route(String method, String path, Handler handler) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }
}
