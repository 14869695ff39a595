package org.yomitori.camel;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;
import org.yomitori.config.YomitoriConfig;

/**
 * The only place that knows Camel: a Camel Main that loads the route files from
 * {@code camel.main.routes-include-pattern}, resolves their {{placeholders}} from the resolved
 * settings, finds the stage beans in its registry under their names, and gets one intake route
 * per channel from the {@code intake-channel} route template.
 */
public final class YomitoriCamel {
    /** The route template in routes/intake.camel.yaml. */
    public static final String INTAKE_TEMPLATE = "intake-channel";

    private final Main main = new Main();

    /**
     * A route made from a route template of the route files with the given parameters, e.g. one
     * export window of an endpoint (routes/export.camel.yaml).
     */
    public record TemplatedRoute(String routeId, String templateId, Map<String, String> parameters) {
        public TemplatedRoute {
            parameters = Map.copyOf(parameters);
        }
    }

    /** @param beans stage beans by the name the route files use (intakeService, readingService) */
    public YomitoriCamel(YomitoriConfig config, Map<String, Object> beans) {
        this(config, beans, List.of());
    }

    /** @param templated further routes made from route templates, beside the per-channel intake routes */
    public YomitoriCamel(YomitoriConfig config, Map<String, Object> beans, List<TemplatedRoute> templated) {
        beans.forEach(main::bind);
        Properties properties = properties(config);
        for (TemplatedRoute route : templated) {
            String prefix = "camel.route-template[" + route.routeId() + "].";
            properties.setProperty(prefix + "templateId", route.templateId());
            route.parameters().forEach((name, value) -> properties.setProperty(prefix + name, value));
        }
        main.setOverrideProperties(properties);
        // The settings were resolved by YomitoriConfig already; do not read application.properties twice.
        main.setDefaultPropertyPlaceholderLocation("false");
        // No signal hook of Camel's own: the application stops Camel first, then the web server and
        // the database, from its one shutdown hook.
        main.setShutdownStrategy(new SimpleMainShutdownStrategy());
    }

    /** Starts the routes and returns; the drop folders are watched from now on. */
    public void start() throws Exception {
        main.start();
    }

    /** Stops gracefully: scans being read get camel.main.shutdown-timeout seconds to finish. */
    public void stop() {
        main.stop();
    }

    /** True when no exchange is in flight (after {@link #stop()}: none was cut off by the shutdown timeout). */
    public boolean idle() {
        return main.getCamelContext() == null || main.getCamelContext().getInflightRepository().size() == 0;
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** The resolved settings plus one {@code intake-channel} route per configured channel. */
    static Properties properties(YomitoriConfig config) {
        Properties p = config.properties();
        for (YomitoriConfig.Channel channel : config.intake().channels()) {
            // Camel Main takes the text in brackets as the id of the route made from the template.
            String prefix = "camel.route-template[intake-" + channel.name() + "].";
            p.setProperty(prefix + "templateId", INTAKE_TEMPLATE);
            p.setProperty(prefix + "channel", channel.name());
            p.setProperty(prefix + "folder", channel.folder().toString());
        }
        return p;
    }
}
