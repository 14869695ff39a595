package org.yomitori.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.yomitori.auth.Accounts;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.export.DeliveryService;
import org.yomitori.review.ReviewService;
import org.yomitori.schedule.Schedules;
import org.yomitori.storage.Database;
import org.yomitori.template.TemplateRegistry;

/**
 * The web pages and the JSON API (Javalin). Pages are plain HTML/CSS/JS from {@code resources/web}
 * that call the API; each group of routes is a small handler class. Every API route is registered
 * with the least role it needs and passes the {@link Guard} (session, role, CSRF) first; a route
 * registered without a role is refused. API answers hold personal data, so they are never cached,
 * except images, which are private and revalidated.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final List<ApiRoutes.Route> routes;

    private WebServer(Javalin app, List<ApiRoutes.Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** The delivery and schedule services behind the operations API (deliveries, SLA, daily summary). */
    public record Operations(DeliveryService deliveries, Schedules schedules) {
    }

    public static WebServer start(YomitoriConfig config, Database db, TemplateRegistry templates, ReviewService review,
                                  Accounts accounts, Clock clock) {
        return start(config, db, templates, review, accounts, clock, null);
    }

    /** @param operations the services of the operations API ({@link OperationsApi}), or null to leave it out */
    public static WebServer start(YomitoriConfig config, Database db, TemplateRegistry templates, ReviewService review,
                                  Accounts accounts, Clock clock, Operations operations) {
        MyNumberPolicy myNumbers = new MyNumberPolicy(config.review().myNumberRoles());
        byte[] openApi = operations == null ? resource("/openapi.json")
                : OperationsApi.describedIn(resource("/openapi.json"), resource(OperationsApi.OPENAPI));
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add("/web", Location.CLASSPATH);
        });
        app.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
        app.beforeMatched(new Guard(accounts));
        app.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
        });
        ApiRoutes api = new ApiRoutes(app);
        api.get("/api/openapi.json", Access.PUBLIC, ctx -> ctx.contentType("application/json").result(openApi));
        new AuthApi(accounts, myNumbers, config.auth().secureCookie()).register(api);
        new QueueApi(review, templates, clock).register(api);
        new DocumentApi(review, config.layout(), myNumbers, clock).register(api);
        new HistoryApi(review, myNumbers).register(api);
        new ImageApi(db, config.layout(), templates, config.reading().cropMarginPx(), myNumbers).register(api);
        new ChannelsApi(config.intake().channels(), db, review, clock).register(api);
        new ErrorsApi(config.intake().channels(), config.layout(), db, clock).register(api);
        StatusApi status = new StatusApi(config.intake().channels(), config.layout(), db, templates, clock);
        api.get("/api/scans", Access.CLERK, status::scans);
        if (operations != null) {
            new OperationsApi(operations.deliveries(), operations.schedules(), clock).register(api);
        }
        Errors.register(app);
        app.start(config.web().host(), config.web().port());
        return new WebServer(app, api.all());
    }

    /** The port listened on (useful when the configured port is 0). */
    public int port() {
        return app.port();
    }

    /** Every API route as "METHOD path", e.g. "GET /api/queue". */
    public List<String> routes() {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** The API routes with the access each needs (for tests in this package). */
    List<ApiRoutes.Route> apiRoutes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
    }

    static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
