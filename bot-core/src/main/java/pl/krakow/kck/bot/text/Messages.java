package pl.krakow.kck.bot.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text a resident or consultant reads, from the message catalogues
 * {@code messages/<lang>/<area>.properties} (UTF-8). A key is {@code <area>.<name>}. A text may hold
 * {@code {0}}, {@code {1}}… for the arguments and {@code {infoline.phone}} / {@code {infoline.hours}} for the
 * configured infoline ({@link #infoline(Infoline)}, set once when the assistant is assembled). A key
 * missing in a language falls back to Polish ({@code CataloguesTest} keeps every language complete).
 */
public final class Messages {

    private static final String INDEX = "messages/catalogues.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9.]+)}");
    private static final Catalogues CATALOGUES = Catalogues.load();
    private static volatile Infoline infoline = Infoline.KCK;

    private Messages() {
    }

    /** The text of {@code key} in {@code lang}, with its placeholders filled. */
    public static String text(Lang lang, String key, Object... args) {
        return render(lang, CATALOGUES.text(lang, key), args);
    }

    /** Whether a catalogue has this key. */
    public static boolean has(String key) {
        return CATALOGUES.raw(Lang.PL).containsKey(key);
    }

    /**
     * Every text of one area ({@code widget}, {@code console}…) rendered in {@code lang}, keyed by the name after the
     * area, for a page: the infoline filled in, named placeholders left for the page and numbered ones ({@code {0}},
     * the server's texts of the same area) left as written.
     */
    public static Map<String, String> area(Lang lang, String area) {
        Map<String, String> texts = new TreeMap<>();
        CATALOGUES.raw(Lang.PL).keySet().stream().filter(k -> k.startsWith(area + ".")).forEach(k ->
                texts.put(k.substring(area.length() + 1), render(lang, CATALOGUES.text(lang, k), null)));
        return texts;
    }

    /** The languages with catalogues, Polish first. */
    public static List<Lang> languages() {
        return CATALOGUES.languages();
    }

    /** The areas of every language's catalogue. */
    public static List<String> areas() {
        return CATALOGUES.areas();
    }

    /** The areas kept in Polish only (index key {@code polish-only}: texts for city staff and systems, not residents). */
    public static List<String> polishOnlyAreas() {
        return CATALOGUES.polishOnly();
    }

    /** The unrendered catalogue of one language (for the catalogue tests). */
    public static Map<String, String> catalogue(Lang lang) {
        return CATALOGUES.raw(lang);
    }

    /** Sets what {@code {infoline.phone}} and {@code {infoline.hours}} say; done once, when the assistant is assembled. */
    public static void infoline(Infoline configured) {
        infoline = configured;
    }

    public static Infoline infoline() {
        return infoline;
    }

    private static String render(Lang lang, String text, Object[] args) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (name.equals("infoline.phone")) {
                value = infoline.phone();
            } else if (name.equals("infoline.hours")) {
                value = infoline.hours(lang);
            } else if (name.matches("[0-9]+") && args != null) {
                int index = Integer.parseInt(name);
                if (index >= args.length) {
                    throw new IllegalArgumentException("text needs argument " + index + ": " + text);
                }
                value = String.valueOf(args[index]);
            } else {
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The loaded catalogues: per language, every key of every area. */
    private record Catalogues(List<Lang> languages, List<String> areas, List<String> polishOnly,
                              Map<Lang, Map<String, String>> texts) {

        static Catalogues load() {
            Properties index = read(INDEX);
            List<Lang> languages = split(index.getProperty("languages")).stream().map(Lang::new).toList();
            List<String> areas = split(index.getProperty("areas"));
            List<String> polishOnly = split(index.getProperty("polish-only", ""));
            Map<Lang, Map<String, String>> texts = new HashMap<>();
            for (Lang lang : languages) {
                Map<String, String> catalogue = new LinkedHashMap<>();
                for (String area : areas) {
                    if (polishOnly.contains(area) && !lang.equals(Lang.PL)) {
                        continue;
                    }
                    String file = "messages/" + lang.code() + "/" + area + ".properties";
                    Properties properties = read(file);
                    for (String name : properties.stringPropertyNames()) {
                        if (!name.startsWith(area + ".")) {
                            throw new IllegalStateException(file + ": key '" + name + "' must start with '" + area + ".'");
                        }
                        catalogue.put(name, properties.getProperty(name));
                    }
                }
                texts.put(lang, Map.copyOf(catalogue));
            }
            return new Catalogues(languages, areas, polishOnly, Map.copyOf(texts));
        }

        String text(Lang lang, String key) {
            String text = texts.getOrDefault(lang, Map.of()).get(key);
            if (text == null) {
                text = texts.get(Lang.PL).get(key);
            }
            if (text == null) {
                throw new IllegalArgumentException("no message '" + key + "' in messages/" + Lang.PL.code() + "/");
            }
            return text;
        }

        Map<String, String> raw(Lang lang) {
            return texts.getOrDefault(lang, Map.of());
        }

        private static List<String> split(String list) {
            if (list == null) {
                throw new IllegalStateException(INDEX + " must list 'languages' and 'areas'");
            }
            return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static Properties read(String resource) {
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing message catalogue " + resource);
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
            return properties;
        }
    }
}
