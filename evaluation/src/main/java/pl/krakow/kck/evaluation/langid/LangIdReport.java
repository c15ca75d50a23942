package pl.krakow.kck.evaluation.langid;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.evaluation.metrics.Share;
import pl.krakow.kck.evaluation.report.Numbers;
import pl.krakow.kck.evaluation.report.TextTable;

/** The language-identification report: systems side by side, the service's confusion table, {@code LANGID {json}}. */
public final class LangIdReport {

    private LangIdReport() {
    }

    public static void print(PrintStream out, String file, int lines, List<LangIdScores> systems, LangIdScores service) {
        out.println("Language identification: " + file + " (" + lines + " lines)");
        out.println();
        Set<String> groups = new LinkedHashSet<>();
        systems.forEach(s -> groups.addAll(s.byGroup().keySet()));
        List<String> header = new ArrayList<>(List.of("system", "accuracy"));
        header.addAll(groups);
        header.addAll(List.of("neutral kept", "prior other", "prior same", "ms/msg", "build ms"));
        TextTable table = new TextTable(header);
        for (LangIdScores system : systems) {
            List<String> row = new ArrayList<>(List.of(system.system(), Numbers.share(system.accuracy())));
            groups.forEach(g -> row.add(Numbers.share(system.byGroup().getOrDefault(g, Share.NONE))));
            row.add(system.neutralKept() == null ? Numbers.UNDEFINED : Numbers.share(system.neutralKept()));
            row.add(Numbers.share(system.priorOther()));
            row.add(Numbers.share(system.priorSame()));
            row.add(Numbers.fixed(system.millisPerMessage(), 3));
            row.add(Long.toString(system.buildMillis()));
            table.row(row);
        }
        out.print(table.render());
        out.println();
        out.println("Confusion (" + service.system() + "; rows expected, columns identified):");
        List<String> columns = new ArrayList<>(LangIdScores.LABELS);
        columns.add("neutral");
        List<String> confusionHeader = new ArrayList<>(List.of("expected"));
        confusionHeader.addAll(columns);
        TextTable confusion = new TextTable(confusionHeader);
        service.confusion().forEach((expected, got) -> {
            List<String> row = new ArrayList<>(List.of(expected));
            columns.forEach(c -> row.add(Integer.toString(got.getOrDefault(c, 0))));
            confusion.row(row);
        });
        out.print(confusion.render());
        out.println();
        out.println("accuracy: lines with a language, first message; neutral kept: \"ok\", \"2\", report numbers keep the "
                + "conversation's language (each of pl, uk, en); prior other: a served-language line in a conversation in "
                + "another served language; prior same: in a conversation already in its language.");
        out.println("LANGID " + json(systems));
    }

    static JsonObject json(List<LangIdScores> systems) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (LangIdScores system : systems) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("system", system.system());
            share(json, "accuracy", system.accuracy());
            JsonObjectBuilder groups = Json.createObjectBuilder();
            system.byGroup().forEach((g, s) -> share(groups, g, s));
            json.add("by_group", groups);
            if (system.neutralKept() != null) {
                share(json, "neutral_kept", system.neutralKept());
            }
            share(json, "prior_other", system.priorOther());
            share(json, "prior_same", system.priorSame());
            JsonObjectBuilder confusion = Json.createObjectBuilder();
            for (Map.Entry<String, Map<String, Integer>> row : system.confusion().entrySet()) {
                JsonObjectBuilder cells = Json.createObjectBuilder();
                row.getValue().forEach(cells::add);
                confusion.add(row.getKey(), cells);
            }
            json.add("confusion", confusion);
            json.add("ms_per_message", Numbers.rounded(system.millisPerMessage(), 3));
            json.add("build_ms", system.buildMillis());
            array.add(json);
        }
        return Json.createObjectBuilder().add("systems", array).build();
    }

    private static void share(JsonObjectBuilder json, String name, Share share) {
        if (share.value().isPresent()) {
            json.add(name, Numbers.rounded(share.value().getAsDouble(), 4));
        } else {
            json.addNull(name);
        }
    }
}
