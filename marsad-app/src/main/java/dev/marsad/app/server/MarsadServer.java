package dev.marsad.app.server;

import dev.marsad.app.ingest.IngestService;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.StoryStore;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the REST API under {@code /api}, its OpenAPI description at {@code /openapi.json}, and the
 * single-page reader at {@code /} (static files from the jar's {@code web/} folder; no templates, the page
 * builds its DOM from the API with {@code textContent}). No CORS headers are sent, so other sites' pages cannot
 * read the API; a strict Content-Security-Policy allows only the server's own scripts and styles; every request
 * passes {@link RequestGuard} (allowed Host, same Origin, the write token on writes).
 */
public final class MarsadServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MarsadServer.class);

    private final Javalin app;
    private final String host;

    private MarsadServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving; returns once the port is bound. */
    public static MarsadServer start(ServerConfig config, ArticleStore articles, StoryStore stories,
                                     IngestService ingest, SearchFollower search) {
        return start(config, articles, stories, ingest, search, SourceListing.NONE, java.util.Optional.empty());
    }

    /**
     * Starts serving; returns once the port is bound.
     *
     * @param sources the watched sources' health (for /sources)
     * @param alerts  watches and alerts (on the store's database); without them the watch routes answer 503
     */
    public static MarsadServer start(ServerConfig config, ArticleStore articles, StoryStore stories,
                                     IngestService ingest, SearchFollower search, SourceListing sources,
                                     java.util.Optional<dev.marsad.app.alert.Alerts> alerts) {
        Api api = new Api(articles, stories, ingest, search, config.maxBody(), sources, alerts);
        RequestGuard guard = new RequestGuard(config.allowedHosts(), config.token());
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = config.maxBody();
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SecurityHeaders.ALL;
            });
            cfg.routes.before(ctx -> {
                SecurityHeaders.ALL.forEach(ctx::header);
                guard.check(ctx);
            });
            for (Route route : api.routes()) {
                cfg.routes.addEndpoint(new Endpoint(HandlerType.findOrCreate(route.method()), route.path(),
                        route.handler(), Set.of()));
            }
            cfg.routes.exception(ApiException.class, (e, ctx) ->
                    ApiJson.send(ctx, e.status(), ApiJson.error(e.status(), e.getMessage())));
            cfg.routes.exception(IngestService.Busy.class, (e, ctx) ->
                    ApiJson.send(ctx, 503, ApiJson.error(503, e.getMessage())));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ApiJson.send(ctx, e.getStatus(), ApiJson.error(e.getStatus(), e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // One line per failure, with where it happened, not a 50-line trace per request.
                LOG.error("request {} {} failed: {}{}", ctx.method(), ctx.path(), e,
                        e.getStackTrace().length == 0 ? "" : " at " + e.getStackTrace()[0]);
                ApiJson.send(ctx, 500, ApiJson.error(500, "internal error"));
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ApiJson.send(ctx, 404, ApiJson.error(404, "not found"));
                }
            });
            cfg.routes.error(405, ctx -> ApiJson.send(ctx, 405, ApiJson.error(405, "method not allowed")));
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException(BindFailure.describe(config.host(), config.port(), e), e);
        }
        return new MarsadServer(app, config.host());
    }

    /** The bound port (the real one when 0 was asked for). */
    public int port() {
        return app.port();
    }

    /** The page's address. */
    public String url() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
