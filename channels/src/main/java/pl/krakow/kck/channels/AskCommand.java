package pl.krakow.kck.channels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.config.KckSettings;
import pl.krakow.kck.channels.reports.ReportSettings;

/**
 * {@code ./kck ask "..."}: one question answered as {@code ./kck serve} answers a resident's first message: the
 * service's {@link Assistant} with the configuration, its language routing (a Ukrainian or English question is
 * answered from its edition, in its language), the handoff rules and the report form, over a conversation of its
 * own in an in-memory database that is gone when the command ends.
 */
final class AskCommand {

    private AskCommand() {
    }

    static void answer(Path folder, String question) throws IOException {
        KckSettings settings = KckSettings.loadOrExit("kck ask");
        print(ask(settings.service().withKnowledgeBase(folder), settings.reports(), question));
    }

    /** The reply to {@code question} as the first message of a new conversation, the service's database replaced by a fresh in-memory one. */
    static Reply ask(Settings settings, ReportSettings reports, String question) throws IOException {
        Settings inMemory = settings.withDatabase("jdbc:h2:mem:ask-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Assistant assistant = Assistant.start(inMemory, reports)) {
            AssistantService conversations = assistant.service();
            String id = conversations.start("cli").id();
            return conversations.post(id, question, null).orElseThrow().reply();
        }
    }

    private static void print(Reply reply) {
        System.out.println(Messages.text(Lang.PL, "command-line.ask-reply", reply.kind().wire(),
                String.format(Locale.ROOT, "%.2f", reply.confidence()), reply.language().code())
                + (reply.article() != null ? " " + reply.article().title() + " (" + reply.article().id() + ")" : ""));
        System.out.println(reply.text());
        reply.options().forEach(o -> System.out.println("  - " + o.label() + "  [" + o.id() + "]"));
        reply.sources().forEach(s -> System.out.println(Messages.text(Lang.PL, "command-line.ask-source", s.url())));
        reply.related().forEach(r -> System.out.println(Messages.text(Lang.PL, "command-line.ask-see-also", r.title())));
    }
}
