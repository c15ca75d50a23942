package pl.krakow.kck.evaluation.dialogues;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.evaluation.metrics.Latency;
import pl.krakow.kck.evaluation.metrics.Share;
import pl.krakow.kck.evaluation.report.Numbers;
import pl.krakow.kck.evaluation.report.TextTable;

/** The dialogue evaluation's text report (scores, then the turns that missed) and its {@code EVAL} JSON. */
public final class DialogueReport {

    public static final int MISSES_SHOWN = 40;

    private static final List<String> HEADER = List.of("dialogues", "follow-ups", "kind_acc", "topic@1", "article@1",
            "facts_hit", "wrong_topic", "success", "first topic@1", "reply_lang", "p50 ms", "p99 ms");

    private DialogueReport() {
    }

    public static void print(PrintStream out, String questionFile, List<TurnOutcome> outcomes) {
        out.println("Dialogues: " + questionFile + ", run through AssistantService (storage, handoff gate, report flow, engine)");
        out.println();
        TextTable table = new TextTable(withFirst("variant", HEADER));
        table.row(withFirst("all", cells(DialogueScores.of(outcomes))));
        DialogueScores.byVariant(outcomes).forEach((variant, scores) -> table.row(withFirst(variant, cells(scores))));
        out.print(table.render());
        List<TurnOutcome> misses = outcomes.stream().filter(o -> o.followUp() && !o.met()).toList();
        out.println();
        out.println("Follow-up turns that missed (" + misses.size() + "; first " + Math.min(MISSES_SHOWN, misses.size()) + "):");
        misses.stream().limit(MISSES_SHOWN).forEach(o -> out.println("  " + describe(o)));
        out.println();
    }

    /** One turn for a transcript or a list of misses. */
    public static String describe(TurnOutcome o) {
        String expected = o.expect().kind() + (o.expect().topic() == null ? "" : "/" + o.expect().topic());
        String got = o.kind() + (o.topic() == null ? "" : "/" + o.topic()) + (o.article() == null ? "" : " (" + o.article() + ")");
        return o.dialogue().id() + "#" + (o.index() + 1) + " \"" + o.turn().shown() + "\": expected " + expected + ", got " + got
                + (o.factsHit() ? "" : ", facts missing")
                + (o.expect().lang() == null || o.langHit() ? "" : ", in " + o.lang() + " not " + o.expect().lang());
    }

    public static JsonObject json(String questionFile, List<TurnOutcome> outcomes) {
        JsonObjectBuilder dialogues = scores(DialogueScores.of(outcomes));
        JsonObjectBuilder variants = Json.createObjectBuilder();
        DialogueScores.byVariant(outcomes).forEach((variant, scores) -> variants.add(variant, scores(scores)));
        dialogues.add("by_variant", variants);
        return Json.createObjectBuilder().add("questions", questionFile).add("dialogues", dialogues).build();
    }

    private static JsonObjectBuilder scores(DialogueScores s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("dialogues", s.dialogues()).add("followups", s.followups());
        share(b, "followup_kind_accuracy", s.followupKindAccuracy());
        share(b, "followup_topic_at_1", s.followupTopicAt1());
        share(b, "followup_article_at_1", s.followupArticleAt1());
        share(b, "followup_facts_hit", s.followupFactsHit());
        share(b, "followup_wrong_topic_answers", s.followupWrongTopicAnswers());
        share(b, "first_kind_accuracy", s.firstKindAccuracy());
        share(b, "first_topic_at_1", s.firstTopicAt1());
        share(b, "dialogue_success", s.dialogueSuccess());
        share(b, "reply_language", s.replyLanguage());
        Latency latency = s.latency();
        JsonObjectBuilder ms = Json.createObjectBuilder();
        if (latency.count() == 0) {
            ms.addNull("p50").addNull("p95").addNull("p99");
        } else {
            ms.add("p50", Numbers.rounded(latency.p50Ms(), 3)).add("p95", Numbers.rounded(latency.p95Ms(), 3))
                    .add("p99", Numbers.rounded(latency.p99Ms(), 3));
        }
        return b.add("turn_latency_ms", ms);
    }

    private static void share(JsonObjectBuilder builder, String name, Share share) {
        OptionalDouble value = share.value();
        if (value.isPresent()) {
            builder.add(name, Numbers.rounded(value.getAsDouble(), 4));
        } else {
            builder.addNull(name);
        }
    }

    private static List<String> cells(DialogueScores s) {
        return List.of(String.valueOf(s.dialogues()), String.valueOf(s.followups()), Numbers.share(s.followupKindAccuracy()),
                Numbers.share(s.followupTopicAt1()), Numbers.share(s.followupArticleAt1()), Numbers.share(s.followupFactsHit()),
                Numbers.share(s.followupWrongTopicAnswers()), Numbers.share(s.dialogueSuccess()), Numbers.share(s.firstTopicAt1()),
                Numbers.share(s.replyLanguage()), Numbers.fixed(s.latency().p50Ms(), 3), Numbers.fixed(s.latency().p99Ms(), 3));
    }

    private static List<String> withFirst(String first, List<String> rest) {
        List<String> row = new ArrayList<>();
        row.add(first);
        row.addAll(rest);
        return row;
    }

    /**
     * Every turn, one a line, for {@code --transcripts FILE}; with the environment variable
     * {@code KCK_TRANSCRIPT_TEXT} set, each followed by the reply's text (first 300 characters), indented.
     */
    public static List<String> transcript(List<TurnOutcome> outcomes) {
        boolean texts = System.getenv("KCK_TRANSCRIPT_TEXT") != null;
        List<String> lines = new ArrayList<>();
        for (TurnOutcome o : outcomes) {
            lines.add((o.met() ? "ok   " : "MISS ") + describe(o));
            if (texts) {
                String text = o.text() == null ? "" : o.text().replace('\n', ' ');
                lines.add("       » " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
            }
        }
        return lines;
    }

}
