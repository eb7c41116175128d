package dev.marsad.adapter.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A local HTTP server on 127.0.0.1 and an ephemeral port, serving fixtures per path and logging requests. */
final class FixtureServer implements AutoCloseable {
    /** Answers one request. */
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    /** @param path request path, @param headers request headers, @param nanos when it arrived */
    record Hit(String path, Map<String, List<String>> headers, long nanos) {
    }

    private final HttpServer server;
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            hits.add(new Hit(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    System.nanoTime()));
            Responder responder = routes.getOrDefault(exchange.getRequestURI().getPath(), e -> send(e, 404, "text/plain", new byte[0]));
            try {
                responder.respond(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    void route(String path, Responder responder) {
        routes.put(path, responder);
    }

    void serve(String path, String contentType, byte[] body) {
        route(path, e -> send(e, 200, contentType, body));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    long count(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
