package pl.krakow.kck.channels.api;

import java.util.Optional;
import java.util.function.Function;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.PendingLang;

/**
 * Answers the residents' API ({@code /api/v1}) in the resident's language: {@code ?lang=} when the request asks,
 * else the language of the conversation the path names (what the resident writes in, which may not be the
 * browser's), else the browser's {@code Accept-Language} ({@link RequestLanguage}). Problem details a resident may
 * see in the widget come from that catalogue: those made while the request is handled read {@link Lang#resident()},
 * the {@link ProblemHandler}'s (after the handler failed) read {@link #of(ServerRequest)}.
 */
public final class ResidentLanguage implements Filter {

    private static final String CONVERSATIONS = "/conversations/";

    private final String prefix;
    private final Function<String, Optional<Language>> conversations;

    /** @param conversations a conversation's stored language, by id (empty when unknown or not yet known) */
    public ResidentLanguage(String prefix, Function<String, Optional<Language>> conversations) {
        this.prefix = prefix;
        this.conversations = conversations;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!request.path().path().startsWith(prefix)) {
            chain.proceed();
            return;
        }
        PendingLang lang = language(request);
        request.context().register(ResidentLanguage.class, lang);
        Lang.speaking(lang, () -> {
            chain.proceed();
            return null;
        });
    }

    /** The language bound for a residents' API request; for other paths only {@code ?lang=}, else Polish (the console's). */
    public static Lang of(ServerRequest request) {
        return request.context().get(ResidentLanguage.class, PendingLang.class).map(PendingLang::get)
                .orElseGet(() -> RequestLanguage.asked(request));
    }

    /**
     * The conversation's stored language is read when first asked for: a message's turn reads it anyway and hands
     * it over ({@link Lang#stored}), so that a request answered without an error reads it once.
     */
    private PendingLang language(RoutingRequest request) {
        Optional<Lang> asked = request.query().first("lang").asOptional().flatMap(Lang::of);
        if (asked.isPresent()) {
            return new PendingLang("", () -> asked, () -> asked.get());
        }
        Optional<String> conversation = conversationId(request.path().path().substring(prefix.length()));
        return new PendingLang(conversation.orElse(""), () -> conversation.flatMap(this::stored), () -> RequestLanguage.of(request));
    }

    private Optional<Lang> stored(String conversationId) {
        try {
            return conversations.apply(conversationId).map(Language::lang);
        } catch (RuntimeException e) { // the store is down: the browser's language, and the handler reports the failure
            return Optional.empty();
        }
    }

    /** "/conversations/{id}" and anything under it; the id as written (the store does not know a malformed one). */
    static Optional<String> conversationId(String path) {
        if (!path.startsWith(CONVERSATIONS)) {
            return Optional.empty();
        }
        String rest = path.substring(CONVERSATIONS.length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        return id.isEmpty() || id.length() > 64 ? Optional.empty() : Optional.of(id);
    }
}
