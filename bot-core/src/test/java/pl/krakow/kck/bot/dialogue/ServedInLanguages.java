package pl.krakow.kck.bot.dialogue;

import java.time.Clock;

import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.retrieval.LiveIndex;
import pl.krakow.kck.bot.storage.ConversationLanguages;
import pl.krakow.kck.bot.storage.ConversationRepository;
import pl.krakow.kck.bot.storage.Database;

/** The assistant as {@code ./kck serve} wires its turns in every language, over a test's database (tests over the real editions). */
final class ServedInLanguages {

    private ServedInLanguages() {
    }

    static AssistantService service(LiveIndex index, Database database) {
        LanguageRouting routing = Multilingual.routing(index, Multilingual.stored(new ConversationLanguages(database)),
                new AnswerPolicy(), ConversationFlow.NONE);
        return new AssistantService(new ConversationRepository(database, Clock.systemUTC()),
                new DialogueEngine(index.edition(Language.PL), new AnswerPolicy()), new ConversationEvents(), routing);
    }
}
