package org.yomitori.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;
import org.yomitori.template.TemplateRegistry;

/**
 * The status pages and JSON API (Javalin). Pages are plain HTML/CSS/JS from {@code resources/web}
 * that call the API; each handler is a small class of its own so logins and verification can be
 * added beside them. API answers hold personal data, so they are never cached.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("web");
    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(YomitoriConfig config, Database db, TemplateRegistry templates, Clock clock) {
        StatusApi status = new StatusApi(config.intake().channels(), config.layout(), db, templates, clock);
        DocumentApi documents = new DocumentApi(db, templates);
        ImageApi images = new ImageApi(db, config.layout(), templates, config.reading().cropMarginPx());
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add("/web", Location.CLASSPATH);
        });
        app.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
        app.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
        });
        app.get("/api/scans", status::scans);
        app.get("/api/documents/{id}", documents::document);
        app.get("/api/documents/{id}/pages/{file}", images::page);
        app.get("/api/documents/{id}/fields/{name}/{file}", images::crop);
        app.exception(NotFound.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("web request failed: {} {}", ctx.method(), ctx.matchedPath(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error"));
        });
        app.start(config.web().host(), config.web().port());
        return new WebServer(app);
    }

    /** The port listened on (useful when the configured port is 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
