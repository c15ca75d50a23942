package pl.krakow.kck.bot.json;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON provider of the application. {@code jakarta.json.Json.createObjectBuilder()} and its
 * siblings look the provider up with a {@link java.util.ServiceLoader} on every call, which reads
 * {@code META-INF/services} from the jars: a profile of the message path showed it as the largest cost after
 * the engine itself. Code on a request path uses {@link #JSON} instead.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
