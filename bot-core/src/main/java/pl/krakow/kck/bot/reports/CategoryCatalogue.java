package pl.krakow.kck.bot.reports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.knowledge.Problem;
import pl.krakow.kck.bot.reports.LocatedJson.Node;
import pl.krakow.kck.bot.text.Lang;

/**
 * The report categories the city offers (faq-corpus/reports/categories.json), read and checked as a
 * whole: a file with any problem is refused with every problem listed (file and line), so a typo never
 * silently drops a category.
 */
public final class CategoryCatalogue {

    private final String jurisdiction;
    private final CatalogueCues cues;
    private final List<ServiceCategory> categories;
    /** Set once, by {@link CategoryTranslations} while loading. */
    CategoryTranslations.Editions editions = CategoryTranslations.Editions.NONE;

    public CategoryCatalogue(String jurisdiction, List<String> problemCues, List<ServiceCategory> categories) {
        this(jurisdiction, new CatalogueCues(problemCues, List.of(), "", List.of()), categories);
    }

    public CategoryCatalogue(String jurisdiction, CatalogueCues cues, List<ServiceCategory> categories) {
        this.jurisdiction = jurisdiction;
        this.cues = cues;
        this.categories = List.copyOf(categories);
    }

    /** Reads and checks the catalogue file. */
    public static CategoryCatalogue load(Path file) throws IOException, CatalogueException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogueException(List.of(new Problem(name, 0, "the file is not valid UTF-8")));
        }
        return CategoryTranslations.attach(parse(name, text), file);
    }

    /** Checks a catalogue's text; {@code name} is used in problem messages. */
    public static CategoryCatalogue parse(String name, String text) throws CatalogueException {
        Node root;
        try {
            root = LocatedJson.parse(text);
        } catch (LocatedJson.SyntaxException e) {
            throw new CatalogueException(List.of(new Problem(name, e.line(), e.getMessage())));
        }
        CatalogueChecker checker = new CatalogueChecker(name);
        CategoryCatalogue catalogue = checker.catalogue(root);
        if (!checker.problems().isEmpty()) {
            throw new CatalogueException(checker.problems());
        }
        return catalogue;
    }

    /** As a resident writing in {@code lang} reads it ({@link CategoryTranslations}); itself without a translation. */
    public CategoryCatalogue in(Lang lang) {
        return editions.byLanguage().getOrDefault(lang, this);
    }

    /** The Polish catalogue: what is filed and sent on. */
    public CategoryCatalogue polish() {
        return editions.polish() == null ? this : editions.polish();
    }

    /** Open311 {@code jurisdiction_id}. */
    public String jurisdiction() {
        return jurisdiction;
    }

    /** Words that, in a statement, say something is wrong ("nie działa", "zepsuty"), whatever the category. */
    public List<String> problemCues() {
        return cues.problems();
    }

    /** The words that hold for every category: problem and danger cues, private places. */
    public CatalogueCues cues() {
        return cues;
    }

    /** Every category, in the file's order. */
    public List<ServiceCategory> categories() {
        return categories;
    }

    /** The categories a report can be filed in (what Open311 lists as services). */
    public List<ServiceCategory> reportable() {
        return categories.stream().filter(ServiceCategory::reportable).toList();
    }

    public Optional<ServiceCategory> find(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
