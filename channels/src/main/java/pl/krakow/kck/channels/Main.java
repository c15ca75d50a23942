package pl.krakow.kck.channels;

import java.time.Clock;
import java.util.logging.Logger;

import io.helidon.config.Config;
import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.staticcontent.StaticContentService;

import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.ConversationApi;
import pl.krakow.kck.channels.api.CorsFilter;
import pl.krakow.kck.channels.api.KnowledgeBaseApi;
import pl.krakow.kck.channels.api.TextsApi;
import pl.krakow.kck.channels.api.FeedbackApi;
import pl.krakow.kck.channels.api.PhotoApi;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ProblemHandler;
import pl.krakow.kck.channels.api.RateLimitFilter;
import pl.krakow.kck.channels.api.ResidentLanguage;
import pl.krakow.kck.channels.api.MetricsAccess;
import pl.krakow.kck.channels.api.RequestIds;
import pl.krakow.kck.channels.api.SecurityHeaders;
import pl.krakow.kck.channels.config.KckSettings;
import pl.krakow.kck.channels.console.ConsoleAccess;
import pl.krakow.kck.channels.console.ConsoleApi;
import pl.krakow.kck.channels.privacy.NoticeApi;
import pl.krakow.kck.channels.privacy.PrivacyPage;
import pl.krakow.kck.channels.reports.PublicReportsPage;
import pl.krakow.kck.channels.privacy.PrivacyRoutes;
import pl.krakow.kck.bot.privacy.PrivacyNotice;
import pl.krakow.kck.channels.console.ConsoleHeaders;
import pl.krakow.kck.channels.console.analytics.AnalyticsRoutes;
import pl.krakow.kck.channels.console.analytics.VendoredCharts;
import pl.krakow.kck.channels.console.review.ReviewRoutes;
import pl.krakow.kck.channels.console.tools.KnowledgeSearchRoutes;
import pl.krakow.kck.channels.console.tools.SavedReplyRoutes;
import pl.krakow.kck.channels.api.ReportsApi;
import pl.krakow.kck.channels.open311.Open311Api;
import pl.krakow.kck.channels.reports.ReportSettings;
import pl.krakow.kck.channels.server.ClientAddresses;
import pl.krakow.kck.channels.server.GuardedServer;
import pl.krakow.kck.channels.server.PortProblem;
import pl.krakow.kck.channels.server.StreamLimits;

/** Starts the service: {@code ./kck serve}. */
public final class Main {

    public static final String API = "/api/v1";
    public static final String CONSOLE = "/console";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        LogConfig.configureRuntime();
        Config config = Config.create();
        KckSettings configuration;
        try {
            configuration = KckSettings.from(config);
        } catch (IllegalArgumentException e) {
            // a mistyped key or a bad value: say which and stop, before anything starts (EX_CONFIG)
            System.err.println("kck: configuration: " + e.getMessage().replace("\n", "\nkck: configuration: "));
            System.exit(78);
            return;
        }
        Assistant assistant = Assistant.start(configuration.service(), configuration.reports());
        // the reverse proxies carry many residents each: no per-client connection limit for them
        GuardedServer server = new GuardedServer(assistant.settings().connections(),
                new ClientAddresses(assistant.settings().api().trustedProxies())::trusted);
        server.start(builder -> builder
                .config(config.get("server"))
                .addFeature(observe(assistant, server.health()))
                .routing(routing -> routing(routing, assistant)));
        if (server.port() < 0) {
            System.err.println("kck: " + PortProblem.describe(config.get("server.host").asString().orElse("0.0.0.0"),
                    config.get("server.port").asInt().orElse(8080)));
            server.close();
            assistant.close();
            System.exit(1);
        }
        if (assistant.telegram().isPresent()) {
            assistant.telegram().get().start();
        }
        assistant.prepareOtherLanguages();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            assistant.close();
        }, "shutdown"));
        Logger.getLogger(Main.class.getName()).info(() -> "KCK assistant ready on http://localhost:" + server.port()
                + "/ (" + assistant.index().get().size() + " articles)");
    }

    /** The routes, shared by the tests. */
    public static void routing(HttpRouting.Builder routing, Assistant assistant) {
        var api = assistant.settings().api();
        new AnalyticsRoutes(assistant.analytics(), new ConsoleAccess(assistant.console().sessions()), assistant.handoffs().hours())
                .register(routing, CONSOLE + "/api/analytics");
        VendoredCharts.register(routing, CONSOLE + "/vendor/uplot");
        routing.addFilter(new ClientAddresses(api.trustedProxies()))
                .addFilter(new ResidentLanguage(API, assistant.service()::language))
                .addFilter(new RequestIds())
                .addFilter(new MetricsAccess(api.metricsFrom()))
                .addFilter(new CorsFilter(API, assistant.settings().corsOrigins()))
                .addFilter(new RateLimitFilter(API, api.ratePerMinute(), api.rateBurst(), Clock.systemUTC()))
                .addFilter(new ConsoleHeaders(CONSOLE))
                .addFilter(new SecurityHeaders(CONSOLE))
                .error(Throwable.class, new ProblemHandler())
                .register(CONSOLE + "/api/review", new ReviewRoutes(assistant.review(), assistant.index(),
                        new ConsoleAccess(assistant.console().sessions()), api.maxBodyBytes()))
                .register(CONSOLE + "/api/knowledge", new KnowledgeSearchRoutes(assistant.index(),
                        new ConsoleAccess(assistant.console().sessions())))
                .register(CONSOLE + "/api/saved-replies", new SavedReplyRoutes(assistant.savedReplies(), assistant.index(),
                        new ConsoleAccess(assistant.console().sessions()), api.maxBodyBytes()))
                .register(CONSOLE + "/api/privacy", new PrivacyRoutes(assistant.privacy(),
                        new ConsoleAccess(assistant.console().sessions()), api.maxBodyBytes()))
                .register(CONSOLE + "/api", new ConsoleApi(assistant.console(), api.maxBodyBytes(), api.maxTextLength()))
                .get(PrivacyNotice.PAGE, new PrivacyPage(assistant.settings().privacy().notice()))
                .get(PublicReportsPage.PATH, new PublicReportsPage(assistant.reports().publicList(), assistant.reports().catalogue()))
                .get(API + "/privacy-notice", new NoticeApi(assistant.settings().privacy().notice()))
                .get(CONSOLE, Main::toConsolePage)
                .get(CONSOLE + "/", Main::toConsolePage)
                .post(API + "/conversations/{id}/photos", new PhotoApi(assistant.service(), assistant.reports()))
                .post(API + "/conversations/{id}/feedback", new FeedbackApi(assistant.service(), assistant.feedback(), api.maxBodyBytes()))
                .register(API + "/conversations", new ConversationApi(assistant.service(), api,
                        new StreamLimits(assistant.settings().connections().streamsPerClient(), assistant.settings().connections().streamsTotal())))
                .register(API + "/reports", new ReportsApi(assistant.reports()))
                .register(Open311Api.BASE, new Open311Api(assistant.reports()))
                .register(API + "/knowledge-base", new KnowledgeBaseApi(assistant.index()))
                .register(API + "/texts", new TextsApi());
        assistant.telegram().ifPresent(telegram -> routing.register("/telegram", telegram));
        routing
                .register("/", StaticContentService.builder("web").welcomeFileName("index.html").build())
                .any(CONSOLE + "/api/*", (req, res) -> {
                    throw ApiException.of(Status.NOT_FOUND_404, "not-found", "Not found",
                            "Nie ma takiego adresu w API konsoli.", "No such console API resource: " + req.prologue().uriPath().path());
                })
                .any(API + "/*", (req, res) -> {
                    throw ApiException.of(Status.NOT_FOUND_404, "not-found", "Not found",
                            Messages.text(Lang.resident(), "api-errors.not-found"), "No such API resource: " + req.prologue().uriPath().path());
                });
    }

    /** The console page (a static file; welcome files do not work for folders inside the jar). */
    private static void toConsolePage(ServerRequest request, ServerResponse response) {
        response.status(Status.FOUND_302).header(HeaderNames.LOCATION, CONSOLE + "/index.html").send();
    }

    /**
     * /observe/health and /observe/metrics. Our checks (knowledge base, database, report outbox) are readiness:
     * when one fails the service cannot serve, but restarting it would not help. Liveness (/observe/health/live)
     * is Helidon's built-in deadlock, heap and disk checks.
     */
    public static ObserveFeature observe(Assistant assistant, HealthCheck... more) {
        HealthCheck knowledgeBase = new HealthCheck() {
            @Override
            public HealthCheckResponse call() {
                var index = assistant.index().get();
                return HealthCheckResponse.builder().status(index != null && index.size() > 0)
                        .detail("articles", index == null ? 0 : index.size())
                        .detail("lastReloadApplied", assistant.index().status().applied())
                        .build();
            }

            @Override
            public String name() {
                return "knowledge-base";
            }

            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }
        };
        HealthCheck database = new HealthCheck() {
            @Override
            public HealthCheckResponse call() {
                return HealthCheckResponse.builder().status(assistant.database().healthy()).build();
            }

            @Override
            public String name() {
                return "database";
            }

            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }
        };
        HealthCheck outbox = new HealthCheck() {
            @Override
            public HealthCheckResponse call() {
                var summary = assistant.reports().outbox().summary();
                return HealthCheckResponse.builder().status(true)
                        .detail("forwarding", assistant.reports().forwarding())
                        .detail("pending", summary.pending())
                        .detail("sent", summary.sent())
                        .detail("failing", summary.failing().size())
                        .build();
            }

            @Override
            public String name() {
                return "report-outbox";
            }

            @Override
            public HealthCheckType type() {
                // it reads the database: as a liveness check a database outage would have the service restarted
                return HealthCheckType.READINESS;
            }
        };
        HealthCheck nodes = new HealthCheck() {
            @Override
            public HealthCheckResponse call() {
                // on PostgreSQL: the session that hears the other nodes' events is up (always true on H2)
                return HealthCheckResponse.builder().status(assistant.nodes().listening()).build();
            }

            @Override
            public String name() {
                return "node-events";
            }

            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }
        };
        var health = HealthObserver.builder().addCheck(knowledgeBase).addCheck(database).addCheck(outbox).addCheck(nodes);
        for (HealthCheck check : more) {
            health.addCheck(check);
        }
        return ObserveFeature.just(health.details(true).build(),
                MetricsObserver.create());
    }
}
