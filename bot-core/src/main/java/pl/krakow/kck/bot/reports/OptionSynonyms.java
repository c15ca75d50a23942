package pl.krakow.kck.bot.reports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;

/**
 * Other words residents answer the form's options with, per language: {@code option-synonyms.<lang>.properties}
 * beside {@code categories.json}, one key per option, {@code <service_code>.<attribute code>.<value key>} = a
 * comma-separated list ("zielen.czego-dotyczy.drzewo = konar, pień, przewrócone drzewo"). An edition in another
 * language takes its own synonyms and the Polish ones (residents mix the two, as with keywords).
 */
final class OptionSynonyms {

    private OptionSynonyms() {
    }

    /** The synonyms file of a language beside the catalogue file, or empty texts when there is none. */
    static Properties read(Path catalogueFile, String langCode) throws IOException {
        Path file = catalogueFile.resolveSibling("option-synonyms." + langCode + ".properties");
        Properties texts = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(in);
            }
        }
        return texts;
    }

    /** The catalogue with each option's synonyms added from {@code texts}. */
    static CategoryCatalogue add(CategoryCatalogue catalogue, Properties texts) {
        if (texts.isEmpty()) {
            return catalogue;
        }
        List<ServiceCategory> categories = new ArrayList<>();
        for (ServiceCategory c : catalogue.categories()) {
            List<CategoryAttribute> attributes = new ArrayList<>();
            for (CategoryAttribute a : c.attributes()) {
                List<CategoryAttribute.Value> values = a.values().stream().map(v -> {
                    LinkedHashSet<String> synonyms = new LinkedHashSet<>(v.synonyms());
                    synonyms.addAll(CategoryTranslations.list(texts, c.code() + "." + a.code() + "." + v.key()));
                    return new CategoryAttribute.Value(v.key(), v.name(), List.copyOf(synonyms));
                }).toList();
                attributes.add(new CategoryAttribute(a.code(), a.datatype(), a.required(), a.order(), a.description(), values));
            }
            categories.add(new ServiceCategory(c.code(), c.name(), c.group(), c.description(), c.keywords(), c.signals(), c.agency(),
                    c.handling(), c.locationRequired(), c.notice(), c.message(), attributes, c.examples(), c.danger()));
        }
        return new CategoryCatalogue(catalogue.jurisdiction(), catalogue.cues(), categories);
    }
}
