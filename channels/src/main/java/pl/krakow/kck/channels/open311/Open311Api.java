package pl.krakow.kck.channels.open311;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.reports.CategoryAttribute;
import pl.krakow.kck.bot.reports.KrakowBounds;
import pl.krakow.kck.bot.reports.Location;
import pl.krakow.kck.bot.reports.NewReport;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ReportNumber;
import pl.krakow.kck.bot.reports.ReportQuery;
import pl.krakow.kck.bot.reports.ServiceCategory;
import pl.krakow.kck.bot.storage.StorageException;
import pl.krakow.kck.bot.text.InputText;
import pl.krakow.kck.channels.reports.Reports;
import pl.krakow.kck.channels.server.ClientAddresses;
import pl.krakow.kck.channels.server.GuessLimit;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}: the service list and definitions, service requests
 * (GET with the standard filters, POST with api_key), one request, and — beyond the spec, for the city's
 * back office — {@code POST requests/{id}/status.json} to change a request's status and notes. Every
 * resource in {@code .json} and {@code .xml}; errors as the spec's error list. See openapi.yaml.
 */
public final class Open311Api implements HttpService {

    public static final String BASE = "/open311/v2";

    private static final Logger LOG = Logger.getLogger(Open311Api.class.getName());
    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_RESULTS = 1000;
    private static final int DEFAULT_DAYS = 90;
    private static final Set<String> STATUSES = Set.of(Report.OPEN, Report.CLOSED);

    private final Reports reports;
    /** Ten wrong keys from one address, then it waits ten minutes: a key cannot be guessed at speed. */
    private final GuessLimit keyGuesses = new GuessLimit(10, java.time.Duration.ofMinutes(10), java.time.Clock.systemUTC());

    public Open311Api(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/services.json", guarded(Format.JSON, this::services))
                .get("/services.xml", guarded(Format.XML, this::services))
                .get("/services/{file}", (req, res) -> file(req, res, this::definition))
                .get("/requests.json", guarded(Format.JSON, this::requests))
                .get("/requests.xml", guarded(Format.XML, this::requests))
                .post("/requests.json", guarded(Format.JSON, this::create))
                .post("/requests.xml", guarded(Format.XML, this::create))
                .get("/requests/{file}", (req, res) -> file(req, res, this::request))
                .post("/requests/{id}/{file}", this::statusFile)
                .any("/*", guarded(Format.JSON, (req, res, format) -> {
                    throw new Open311Error(Status.NOT_FOUND_404, "no-resource");
                }));
    }

    private enum Format {
        JSON(Open311Format.JSON), XML(Open311Format.XML);

        final String name;

        Format(String name) {
            this.name = name;
        }
    }

    @FunctionalInterface
    private interface Action {
        void run(ServerRequest request, ServerResponse response, String format);
    }

    private Handler guarded(Format format, Action action) {
        return (request, response) -> run(request, response, format.name, action);
    }

    private void run(ServerRequest request, ServerResponse response, String format, Action action) {
        try {
            checkJurisdiction(request);
            action.run(request, response, format);
        } catch (Open311Error e) {
            error(response, format, e.status(), e.getMessage());
        } catch (StorageException e) {
            LOG.log(Level.SEVERE, "storage failure on " + request.path().path(), e);
            error(response, format, Status.SERVICE_UNAVAILABLE_503, Open311Error.description("storage-unavailable"));
        }
    }

    /** {@code services/oswietlenie.json}: the name before the extension, the extension the format. */
    private void file(ServerRequest request, ServerResponse response, Named action) {
        String file = request.path().pathParameters().get("file");
        String format = file.endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        run(request, response, format, (req, res, f) -> {
            if (!file.endsWith(".json") && !file.endsWith(".xml")) {
                throw new Open311Error(Status.NOT_FOUND_404, "extension");
            }
            action.run(req, res, f, file.substring(0, file.lastIndexOf('.')));
        });
    }

    @FunctionalInterface
    private interface Named {
        void run(ServerRequest request, ServerResponse response, String format, String name);
    }

    private void services(ServerRequest request, ServerResponse response, String format) {
        List<Open311Format.Element> services = reports.catalogue().reportable().stream().map(Open311Format::service).toList();
        send(response, format, Status.OK_200, Open311Format.list(new Open311Format.Items("services", services), format));
    }

    private void definition(ServerRequest request, ServerResponse response, String format, String code) {
        ServiceCategory category = reports.catalogue().find(code).filter(ServiceCategory::reportable)
                .orElseThrow(() -> new Open311Error(Status.NOT_FOUND_404, "unknown-service", code));
        send(response, format, Status.OK_200, Open311Format.single(Open311Format.definition(category), format));
    }

    private void requests(ServerRequest request, ServerResponse response, String format) {
        List<String> numbers = commaList(request, "service_request_id");
        List<String> codes = commaList(request, "service_code");
        List<String> statuses = commaList(request, "status");
        for (String status : statuses) {
            if (!STATUSES.contains(status)) {
                throw new Open311Error(Status.BAD_REQUEST_400, "invalid-status");
            }
        }
        OffsetDateTime start = date(request, "start_date");
        OffsetDateTime end = date(request, "end_date");
        if (numbers.isEmpty() && start == null && end == null) {
            start = OffsetDateTime.now().minusDays(DEFAULT_DAYS);
        }
        List<Report> found = reports.repository().search(new ReportQuery(numbers, codes, start, end, statuses, MAX_RESULTS));
        send(response, format, Status.OK_200, Open311Format.list(new Open311Format.Items("service_requests",
                found.stream().map(r -> Open311Format.request(r, notice(r))).toList()), format));
    }

    private void request(ServerRequest request, ServerResponse response, String format, String id) {
        Report report = reports.repository().find(id.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new Open311Error(Status.NOT_FOUND_404, "no-request", id));
        send(response, format, Status.OK_200, Open311Format.list(new Open311Format.Items("service_requests",
                List.of(Open311Format.request(report, notice(report)))), format));
    }

    private void create(ServerRequest request, ServerResponse response, String format) {
        Map<String, List<String>> form = form(request);
        requireKey(request, form);
        ServiceCategory category = reportable(required(form, "service_code"));
        Location location = location(form);
        Map<String, List<String>> attributes = attributes(form, category);
        String description = Optional.ofNullable(limited(first(form, "description"), 4000)).orElse("");
        String email = limited(first(form, "email"), 254);
        String phone = limited(first(form, "phone"), 20);
        String key = request.headers().first(HeaderNames.create("Idempotency-Key"))
                .map(k -> "open311:" + limited(k, 50)).orElse("open311:" + UUID.randomUUID());
        NewReport report = new NewReport(null, NewReport.OPEN311, category, location, description, attributes, null, email, phone,
                email != null || phone != null);
        Report filed = reports.repository().submit(report, key).report();
        send(response, format, Status.CREATED_201, Open311Format.list(new Open311Format.Items("service_requests",
                List.of(Open311Format.created(filed, category.notice()))), format));
    }

    /** {@code POST requests/{id}/status.json}: api_key, status (open|closed), status_notes. */
    private void statusFile(ServerRequest request, ServerResponse response) {
        String file = request.path().pathParameters().get("file");
        String format = file.endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        run(request, response, format, (req, res, f) -> {
            if (!file.equals("status.json") && !file.equals("status.xml")) {
                throw new Open311Error(Status.NOT_FOUND_404, "no-resource");
            }
            Map<String, List<String>> form = form(req);
            requireKey(req, form);
            String id = req.path().pathParameters().get("id").toUpperCase(java.util.Locale.ROOT);
            String status = required(form, "status");
            if (!STATUSES.contains(status)) {
                throw new Open311Error(Status.BAD_REQUEST_400, "invalid-status");
            }
            String notes = limited(first(form, "status_notes"), 2000);
            if (!ReportNumber.isValid(id)) {
                throw new Open311Error(Status.NOT_FOUND_404, "no-request", id);
            }
            Report updated = reports.repository().updateStatus(id, status, notes == null || notes.isBlank() ? null : notes.strip(), "open311")
                    .orElseThrow(() -> new Open311Error(Status.NOT_FOUND_404, "no-request", id));
            send(res, f, Status.OK_200, Open311Format.list(new Open311Format.Items("service_requests",
                    List.of(Open311Format.request(updated, notice(updated)))), f));
        });
    }

    private ServiceCategory reportable(String code) {
        return reports.catalogue().find(code).filter(ServiceCategory::reportable)
                .orElseThrow(() -> new Open311Error(Status.BAD_REQUEST_400, "unknown-service", code));
    }

    private String notice(Report report) {
        return reports.catalogue().find(report.serviceCode()).map(ServiceCategory::notice).orElse(null);
    }

    private static Location location(Map<String, List<String>> form) {
        String lat = first(form, "lat");
        String lon = first(form, "long");
        String address = limited(first(form, "address_string"), 400);
        String addressId = limited(first(form, "address_id"), 100);
        if (lat != null || lon != null) {
            if (lat == null || lon == null) {
                throw new Open311Error(Status.BAD_REQUEST_400, "lat-long-together");
            }
            double latitude;
            double longitude;
            try {
                latitude = Double.parseDouble(lat);
                longitude = Double.parseDouble(lon);
            } catch (NumberFormatException e) {
                throw new Open311Error(Status.BAD_REQUEST_400, "lat-long-numbers");
            }
            if (!KrakowBounds.contains(latitude, longitude)) {
                throw new Open311Error(Status.BAD_REQUEST_400, "outside-krakow", KrakowBounds.MIN_LAT, KrakowBounds.MAX_LAT,
                        KrakowBounds.MIN_LON, KrakowBounds.MAX_LON);
            }
            return new Location(address, latitude, longitude, false);
        }
        if (address != null && !address.isBlank()) {
            return Location.address(address.strip());
        }
        if (addressId != null && !addressId.isBlank()) {
            return Location.address("address_id " + addressId.strip());
        }
        throw new Open311Error(Status.BAD_REQUEST_400, "location-required");
    }

    private static Map<String, List<String>> attributes(Map<String, List<String>> form, ServiceCategory category) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (CategoryAttribute attribute : category.attributes()) {
            List<String> values = new ArrayList<>();
            values.addAll(form.getOrDefault("attribute[" + attribute.code() + "]", List.of()));
            values.addAll(form.getOrDefault("attribute[" + attribute.code() + "][]", List.of()));
            values = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                if (attribute.required()) {
                    throw new Open311Error(Status.BAD_REQUEST_400, "attribute-required", attribute.code());
                }
                continue;
            }
            if (attribute.datatype().isList()) {
                for (String value : values) {
                    if (attribute.value(value).isEmpty()) {
                        throw new Open311Error(Status.BAD_REQUEST_400, "attribute-value", value, attribute.code());
                    }
                }
                if (attribute.datatype() == CategoryAttribute.Datatype.SINGLEVALUELIST && values.size() > 1) {
                    throw new Open311Error(Status.BAD_REQUEST_400, "attribute-single", attribute.code());
                }
            }
            attributes.put(attribute.code(), values.stream().map(v -> limited(v, 500)).toList());
        }
        return attributes;
    }

    private void requireKey(ServerRequest request, Map<String, List<String>> form) {
        String client = ClientAddresses.client(request);
        long wait = keyGuesses.waitSeconds(client);
        if (wait > 0) {
            throw new Open311Error(Status.TOO_MANY_REQUESTS_429, "key-guesses", wait);
        }
        String given = first(form, "api_key");
        boolean valid = given != null && reports.settings().apiKeys().stream()
                .anyMatch(k -> MessageDigest.isEqual(k.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)));
        if (!valid) {
            keyGuesses.failed(client);
            throw new Open311Error(Status.FORBIDDEN_403, "key-invalid");
        }
    }

    private void checkJurisdiction(ServerRequest request) {
        Optional<String> jurisdiction = request.query().first("jurisdiction_id").asOptional();
        if (jurisdiction.isPresent() && !jurisdiction.get().equals(reports.catalogue().jurisdiction())) {
            throw new Open311Error(Status.NOT_FOUND_404, "unknown-jurisdiction",
                    reports.catalogue().jurisdiction());
        }
    }

    private static Map<String, List<String>> form(ServerRequest request) {
        if (!request.content().hasEntity()) {
            return Map.of();
        }
        boolean urlencoded = request.headers().contentType()
                .map(t -> t.mediaType().text().equalsIgnoreCase("application/x-www-form-urlencoded")).orElse(false);
        if (!urlencoded) {
            throw new Open311Error(Status.UNSUPPORTED_MEDIA_TYPE_415, "form-required");
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY) {
            throw new Open311Error(Status.REQUEST_ENTITY_TOO_LARGE_413, "too-large");
        }
        byte[] bytes = request.content().as(byte[].class);
        if (bytes.length > MAX_BODY) {
            throw new Open311Error(Status.REQUEST_ENTITY_TOO_LARGE_413, "too-large");
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new Open311Error(Status.BAD_REQUEST_400, "form-encoding");
            }
        }
        return form;
    }

    private static String required(Map<String, List<String>> form, String name) {
        String value = first(form, name);
        if (value == null || value.isBlank()) {
            throw new Open311Error(Status.BAD_REQUEST_400, "field-required", name);
        }
        return value.strip();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String limited(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new InputText(max).clean(value); // the same checks as a resident's message: no control or non-XML characters
        } catch (InputText.Refused refused) {
            throw refused.reason() == InputText.Reason.TOO_LONG
                    ? new Open311Error(Status.BAD_REQUEST_400, "value-too-long", max)
                    : new Open311Error(Status.BAD_REQUEST_400, "value-characters", refused.getMessage());
        }
    }

    private static List<String> commaList(ServerRequest request, String name) {
        return request.query().first(name).asOptional()
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private static OffsetDateTime date(ServerRequest request, String name) {
        Optional<String> value = request.query().first(name).asOptional();
        if (value.isEmpty() || value.get().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.get().strip().replace(' ', '+')); // an unencoded "+" arrives as a space
        } catch (DateTimeParseException e) {
            throw new Open311Error(Status.BAD_REQUEST_400, "date-format", name);
        }
    }

    private static void send(ServerResponse response, String format, Status status, String body) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, format.equals(Open311Format.XML) ? "text/xml; charset=utf-8" : "application/json; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(body);
    }

    private static void error(ServerResponse response, String format, Status status, String description) {
        send(response, format, status, Open311Format.list(new Open311Format.Items("errors",
                List.of(Open311Format.error(status.code(), description))), format));
    }
}
