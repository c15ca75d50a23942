package pl.krakow.kck.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.dialogue.DialogueEngine;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.reports.ModelReportReader;
import pl.krakow.kck.bot.reports.PhotoRepository;
import pl.krakow.kck.bot.reports.ReportRecognizer;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ReportRouter;
import pl.krakow.kck.bot.retrieval.ArticleIndex;
import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.TestDatabases;

/**
 * The chat model reading a free-text report the rules did not recognise (reports.ModelReportReader), with
 * the real langchain4j client against a fake OpenAI-compatible server; beside the fake it needs.
 */
class ModelReportReaderTest {

    /** No keyword of the catalogue: the rules find no category in it. */
    private static final String TEXT = "Od tygodnia pod Karmelicką 12 wieczorem idę po omacku, nic nie widać";

    @Test
    void should_open_the_form_with_what_the_model_read_after_the_forms_own_checks() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> FakeModelServer.openAiChat(
                "{\"category\": \"oswietlenie\", \"location\": \"Karmelicka 12\", \"description\": \"Nie świeci latarnia.\"}"));
             Database database = TestDatabases.h2();
             ArticleIndex index = Fixtures.index()) {
            ModelReportReader reader = new ModelReportReader(extractor(server), Fixtures.catalogue());

            ReportRecognizer.Report read = reader.apply(TEXT).orElseThrow();
            assertEquals("oswietlenie", read.category().code());
            assertEquals("Karmelicka 12", read.location().address());

            Clock clock = Clock.systemUTC();
            DialogueEngine engine = new DialogueEngine(() -> index, new AnswerPolicy());
            ReportRouter router = new ReportRouter(database, clock, Fixtures.catalogue(), Fixtures.ANALYZER, engine,
                    new ReportRepository(database, clock, false), new PhotoRepository(database, clock), 5 * 1024 * 1024,
                    Duration.ofHours(24), reader);
            Reply first = router.firstMessage(TEXT).orElseThrow();
            assertEquals(ReplyKind.REPORT, first.kind());
            assertTrue(first.text().contains("Ile latarni nie działa?"), "the street-light form, place known: " + first.text());
        }
    }

    @Test
    void should_not_read_questions_or_categories_outside_the_catalogue() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(r -> FakeModelServer.openAiChat(
                "{\"category\": \"lotnisko\", \"location\": null, \"description\": \"Opóźniony samolot.\"}"))) {
            ModelReportReader reader = new ModelReportReader(extractor(server), Fixtures.catalogue());
            assertEquals(Optional.empty(), reader.apply(TEXT));
            assertEquals(Optional.empty(), reader.apply("Jak zgłosić, że jest ciemno na ulicy?"));
            assertEquals(1, server.requests().size(), "a question is not even sent to the model");
        }
    }

    private static ReportExtractor extractor(FakeModelServer server) {
        Duration timeout = Duration.ofSeconds(5);
        ChatSettings settings = new ChatSettings(ModelProvider.OPENAI_COMPATIBLE, server.url() + "/v1", "bielik-11b", "", timeout,
                0.0, 10, Duration.ofSeconds(30));
        return new ReportExtractor(ModelFactory.chat(settings), ModelGuard.of("chat model", timeout, 10, Duration.ofSeconds(30)));
    }
}
