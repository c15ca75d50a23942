package pl.krakow.kck.evaluation.identity;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import pl.krakow.kck.bot.AssistantCore;
import pl.krakow.kck.bot.dialogue.AssistantService;
import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.CategoryCatalogue;
import pl.krakow.kck.channels.config.KckSettings;
import pl.krakow.kck.evaluation.dialogues.ServedAssistant;

/**
 * The identity check of a refactoring: {@code write DIR} records, for every question file in
 * {@code evaluation/questions}, each line's reply kind, article id and text, through eval's
 * {@link ServedAssistant} (the service's wiring over an H2 file database, as {@code ./kck eval} runs it): single
 * questions as the first message of a new conversation, conversation scripts (lines with {@code turns}) turn by
 * turn; the clock at a Thursday 10:00 in Kraków.
 * {@code compare BEFORE AFTER} lists every line that differs and exits 1 when any does.
 */
public final class RepliesMain {

    private static final Path ARTICLES = Path.of("faq-corpus/articles");
    private static final Instant THURSDAY_10_KRAKOW = Instant.parse("2026-12-03T09:00:00Z");

    private RepliesMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 2 && args[0].equals("write")) {
            write(Path.of(args[1]), false, out);
        } else if (args.length == 3 && args[0].equals("write") && args[2].equals("--held-out")) {
            write(Path.of(args[1]), true, out);
        } else if (args.length == 3 && args[0].equals("compare")) {
            System.exit(compare(Path.of(args[1]), Path.of(args[2]), out) == 0 ? 0 : 1);
        } else {
            System.err.println("usage: replies.sh write DIR [--held-out] | compare BEFORE AFTER");
            System.exit(2);
        }
    }

    /** A held-out set (test.jsonl, *-test.jsonl): run once after tuning, so left out unless asked for. */
    static boolean heldOut(Path file) {
        String name = file.getFileName().toString();
        return name.equals("test.jsonl") || name.endsWith("-test.jsonl");
    }

    static void write(Path dir, boolean withHeldOut, PrintStream out) throws Exception {
        Files.createDirectories(dir);
        CategoryCatalogue catalogue = CategoryCatalogue.load(Path.of("faq-corpus/reports/categories.json"));
        AssistantCore core = KckSettings.loadOrExit("kck replies").core().applyTexts();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("evaluation/questions"))) {
            files = list.filter(f -> f.toString().endsWith(".jsonl"))
                    .filter(f -> withHeldOut || !heldOut(f)).sorted().toList();
        }
        for (Path file : files) {
            List<JsonObject> lines = read(file);
            List<String> written = new ArrayList<>();
            List<JsonObject> singles = lines.stream().filter(l -> l.containsKey("text")).toList();
            if (!singles.isEmpty()) {
                try (ServedAssistant served = new ServedAssistant(ARTICLES, catalogue, thursday(), core)) {
                    singles.forEach(l -> written.add(line(l.getString("id"), served.firstReply(l.getString("text")))));
                }
            }
            List<JsonObject> scripts = lines.stream().filter(l -> l.containsKey("turns")).toList();
            if (!scripts.isEmpty()) {
                conversations(catalogue, core, scripts, written);
            }
            Files.write(dir.resolve(file.getFileName().toString().replace(".jsonl", ".replies")), written, StandardCharsets.UTF_8);
            out.println(file.getFileName() + ": " + written.size() + " replies");
        }
    }

    private static void conversations(CategoryCatalogue catalogue, AssistantCore core,
                                      List<JsonObject> scripts,
                                      List<String> written) {
        try (ServedAssistant served = new ServedAssistant(ARTICLES, catalogue, thursday(), core)) {
            AssistantService service = served.service();
            for (JsonObject script : scripts) {
                String id = service.start("identity").id();
                List<Reply.Option> previous = List.of();
                int turn = 0;
                for (JsonValue value : script.getJsonArray("turns")) {
                    JsonObject step = value.asJsonObject();
                    turn++;
                    String text = step.containsKey("text") ? step.getString("text") : "";
                    String choice = step.containsKey("choice") ? step.getString("choice")
                            : step.containsKey("option") ? option(previous, step.getInt("option")) : null;
                    Reply reply = service.post(id, text, choice).orElseThrow().reply();
                    written.add(reply == null ? script.getString("id") + "#" + turn + "\t(silent)"
                            : line(script.getString("id") + "#" + turn, reply));
                    previous = reply == null ? List.of() : reply.options();
                }
            }
        }
    }

    /** Thursday 10:00 in Kraków, running on: the infoline open, so that handoff replies do not depend on the day. */
    private static Clock thursday() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), THURSDAY_10_KRAKOW));
    }

    private static String option(List<Reply.Option> previous, int number) {
        return number >= 1 && number <= previous.size() ? previous.get(number - 1).id() : "missing-option-" + number;
    }

    private static String line(String id, Reply reply) {
        String article = reply.article() == null ? "-" : reply.article().id();
        String options = reply.options().stream().map(o -> o.id() + "=" + o.label()).reduce((a, b) -> a + "|" + b).orElse("");
        return id + "\t" + reply.kind().wire() + "\t" + article + "\t" + Json.createValue(reply.text()) + "\t"
                + Json.createValue(options);
    }

    private static List<JsonObject> read(Path file) throws IOException {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                lines.add(reader.readObject());
            }
        }
        return lines;
    }

    static int compare(Path before, Path after, PrintStream out) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : List.of(before, after)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".replies")).forEach(names::add);
            }
        }
        int differences = 0;
        int lines = 0;
        for (String name : names) {
            List<String> a = Files.exists(before.resolve(name)) ? Files.readAllLines(before.resolve(name)) : List.of();
            List<String> b = Files.exists(after.resolve(name)) ? Files.readAllLines(after.resolve(name)) : List.of();
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                lines++;
                String x = i < a.size() ? a.get(i) : "(missing)";
                String y = i < b.size() ? b.get(i) : "(missing)";
                if (!x.equals(y)) {
                    differences++;
                    out.println(name + ":" + (i + 1) + "\n  before: " + x + "\n  after:  " + y);
                }
            }
        }
        out.println(differences == 0 ? "identical: " + lines + " replies in " + names.size() + " files"
                : differences + " of " + lines + " replies differ");
        return differences;
    }
}
