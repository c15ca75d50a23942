package pl.krakow.kck.channels.api;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * RFC 9457 problem details. {@code detail} is Polish (what a resident's widget may show); {@code
 * detail_en} repeats it in English for the city's IT. {@code type} is a stable identifier under
 * {@value #TYPE_BASE}, documented in openapi.yaml.
 */
public record Problem(Status status, String type, String title, String detail, String detailEn) {

    public static final String TYPE_BASE = "https://kck.krakow.pl/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    public JsonObject toJson(String instance) {
        return JSON.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", title)
                .add("status", status.code())
                .add("detail", detail)
                .add("detail_en", detailEn)
                .add("instance", instance)
                .build();
    }

    public void send(ServerRequest request, ServerResponse response) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE + "; charset=UTF-8");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        String requestId = RequestIds.of(request);
        SecurityHeaders.apply(request.path().path(), response);
        if (!requestId.equals("-")) {
            response.header(RequestIds.HEADER, requestId); // the error path starts from fresh headers
        }
        JsonObject body = toJson(request.prologue().uriPath().path());
        response.send((requestId.equals("-") ? body : JSON.createObjectBuilder(body).add("requestId", requestId).build()).toString());
    }
}
