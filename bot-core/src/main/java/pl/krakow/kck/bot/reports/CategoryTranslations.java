package pl.krakow.kck.bot.reports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import pl.krakow.kck.bot.retrieval.TextAnalyzer;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * The category catalogue in the other languages residents write in: {@code categories.<lang>.properties}
 * beside {@code categories.json} (issue 13). Keys {@code <service_code>.name}, {@code .notice},
 * {@code .message}, {@code .danger-notice}, {@code .keywords}, {@code .signals},
 * {@code .attribute.<code>} and {@code .attribute.<code>.<value key>}; top level {@code intent},
 * {@code problem-cues}, {@code danger-cues}, {@code danger-notice}, {@code private-places}, {@code public-places},
 * {@code opinion-cues}, {@code repair-cues}. A text left out stays Polish; keywords,
 * signals and cues add to the Polish ones (a Ukrainian resident writes "latarnia" as often as "ліхтар").
 * Codes, agencies and what is filed stay the Polish catalogue's.
 */
public final class CategoryTranslations {

    /** A catalogue's translations, or for a translation its Polish original and its intent phrases (folded). */
    record Editions(Map<Lang, CategoryCatalogue> byLanguage, CategoryCatalogue polish, List<String> intents) {
        static final Editions NONE = new Editions(Map.of(), null, List.of());
    }

    private CategoryTranslations() {
    }

    /** The Polish catalogue with the translations found beside its file. */
    static CategoryCatalogue attach(CategoryCatalogue original, Path file) throws IOException {
        CategoryCatalogue polish = OptionSynonyms.add(original, OptionSynonyms.read(file, Lang.PL.code()));
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        Map<Lang, CategoryCatalogue> editions = new LinkedHashMap<>();
        for (Lang lang : Messages.languages()) {
            Path translation = file.resolveSibling(base + "." + lang.code() + ".properties");
            if (!lang.equals(Lang.PL) && Files.isRegularFile(translation)) {
                Properties texts = new Properties();
                try (Reader in = Files.newBufferedReader(translation, StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
                editions.put(lang, translate(polish, texts, OptionSynonyms.read(file, lang.code())));
            }
        }
        polish.editions = new Editions(Map.copyOf(editions), null, List.of());
        return polish;
    }

    /** The catalogue as a resident reading {@code texts}' language sees it. */
    static CategoryCatalogue translate(CategoryCatalogue polish, Properties texts) {
        return translate(polish, texts, new Properties());
    }

    /** As {@link #translate(CategoryCatalogue, Properties)}, with the options' synonyms in that language. */
    static CategoryCatalogue translate(CategoryCatalogue polish, Properties texts, Properties synonyms) {
        CatalogueCues cues = polish.cues();
        CatalogueCues translated = new CatalogueCues(both(cues.problems(), texts, "problem-cues"),
                both(cues.dangers(), texts, "danger-cues"), texts.getProperty("danger-notice", cues.dangerNotice()),
                both(cues.privatePlaces(), texts, "private-places"), both(cues.publicPlaces(), texts, "public-places"),
                both(cues.opinions(), texts, "opinion-cues"), both(cues.repairs(), texts, "repair-cues"));
        List<ServiceCategory> categories = new ArrayList<>();
        for (ServiceCategory c : polish.categories()) {
            String k = c.code() + ".";
            List<CategoryAttribute> attributes = new ArrayList<>();
            for (CategoryAttribute a : c.attributes()) {
                String ak = k + "attribute." + a.code();
                List<CategoryAttribute.Value> values = a.values().stream()
                        .map(v -> new CategoryAttribute.Value(v.key(), texts.getProperty(ak + "." + v.key(), v.name()), v.synonyms())).toList();
                attributes.add(new CategoryAttribute(a.code(), a.datatype(), a.required(), a.order(),
                        texts.getProperty(ak, a.description()), values));
            }
            ServiceCategory.Danger danger = new ServiceCategory.Danger(both(c.danger().signals(), texts, k + "danger-signals"),
                    texts.getProperty(k + "danger-notice", c.danger().notice()));
            categories.add(new ServiceCategory(c.code(), texts.getProperty(k + "name", c.name()), c.group(), c.description(),
                    both(c.keywords(), texts, k + "keywords"), both(c.signals(), texts, k + "signals"), c.agency(), c.handling(),
                    c.locationRequired(), texts.getProperty(k + "notice", c.notice()), texts.getProperty(k + "message", c.message()),
                    attributes, c.examples(), danger));
        }
        CategoryCatalogue translation = OptionSynonyms.add(new CategoryCatalogue(polish.jurisdiction(), translated, categories), synonyms);
        translation.editions = new Editions(Map.of(), polish, list(texts, "intent").stream().map(TextAnalyzer::fold).toList());
        return translation;
    }

    private static List<String> both(List<String> polish, Properties texts, String key) {
        LinkedHashSet<String> all = new LinkedHashSet<>(polish);
        all.addAll(list(texts, key));
        return List.copyOf(all);
    }

    /** A translation's phrases saying the resident wants to report something ("хочу повідомити"), folded. */
    static List<String> intents(CategoryCatalogue catalogue) {
        return catalogue.editions.intents();
    }

    static List<String> list(Properties texts, String key) {
        String value = texts.getProperty(key);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
