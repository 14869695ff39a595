package org.yomitori.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the API's routes, each with the {@link Access} it needs, and keeps the list: the
 * guard denies a route registered without one, and a test checks that every route is described
 * in the OpenAPI document.
 */
final class ApiRoutes {
    /** One registered route. */
    record Route(String method, String path, Access access) {
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    ApiRoutes(Javalin app) {
        this.app = app;
    }

    ApiRoutes get(String path, Access access, Handler handler) {
        return add(HandlerType.GET, path, access, handler);
    }

    ApiRoutes post(String path, Access access, Handler handler) {
        return add(HandlerType.POST, path, access, handler);
    }

    ApiRoutes put(String path, Access access, Handler handler) {
        return add(HandlerType.PUT, path, access, handler);
    }

    ApiRoutes patch(String path, Access access, Handler handler) {
        return add(HandlerType.PATCH, path, access, handler);
    }

    List<Route> all() {
        return List.copyOf(routes);
    }

    private ApiRoutes add(HandlerType method, String path, Access access, Handler handler) {
        app.addHttpHandler(method, path, handler, access);
        routes.add(new Route(method.name(), path, access));
        return this;
    }
}
