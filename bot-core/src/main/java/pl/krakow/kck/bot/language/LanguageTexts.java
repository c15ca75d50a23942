package pl.krakow.kck.bot.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The texts the assistant says on its own in each served language, from the catalogue
 * {@code messages/<lang>/languages.properties} (UTF-8). A missing key fails at start, naming file and key.
 */
public final class LanguageTexts {

    static final String AREA = "languages";

    private final Map<Language, Properties> catalogues = new EnumMap<>(Language.class);

    public LanguageTexts() {
        for (Language language : Language.values()) {
            String resource = "messages/" + language.code() + "/" + AREA + ".properties";
            try (InputStream in = LanguageTexts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " missing from the classpath");
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                catalogues.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
    }

    public String text(Language language, String key) {
        String text = catalogues.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("messages/" + language.code() + "/" + AREA + ".properties has no key '" + key + "'");
        }
        return text;
    }

    /** The reply to a message in a language the assistant does not serve: in Ukrainian, then in English. */
    public String unserved() {
        return text(Language.UK, "unserved") + "\n\n" + text(Language.EN, "unserved");
    }
}
