package pl.krakow.kck.bot.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;

import pl.krakow.kck.bot.dialogue.FollowUpCondenser;

/**
 * The chat model condenses a follow-up with the recent exchanges into a standalone question
 * (langchain4j's {@link CompressingQueryTransformer}), guarded like the grounded answers: skipped while
 * the circuit is open, given up after the timeout. A reply that is empty or too long to be a question is
 * not used; the lexical reading of the follow-up answers then.
 */
public final class ModelCondenser implements FollowUpCondenser {

    /** A condensed question longer than this is not a question but a model that talks. */
    static final int MAX_CHARS = 300;

    private final CompressingQueryTransformer transformer;
    private final ModelGuard guard;

    public ModelCondenser(ChatModel model, ModelGuard guard) {
        this.transformer = new CompressingQueryTransformer(model);
        this.guard = guard;
    }

    @Override
    public Optional<String> condense(List<Exchange> history, String question) {
        if (history.isEmpty() || question == null || question.isBlank()) {
            return Optional.empty();
        }
        List<ChatMessage> memory = new ArrayList<>();
        for (Exchange exchange : history) {
            memory.add(UserMessage.from(exchange.asked()));
            memory.add(AiMessage.from(exchange.answered()));
        }
        UserMessage asked = UserMessage.from(question);
        Query query = Query.from(question, Metadata.from(asked, "follow-up", memory));
        return guard.call(() -> transformer.transform(query))
                .map(Collection::stream)
                .flatMap(s -> s.map(Query::text).findFirst())
                .map(String::strip)
                .filter(text -> !text.isEmpty() && text.length() <= MAX_CHARS);
    }
}
