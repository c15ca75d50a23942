package pl.krakow.kck.bot.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads typed answers to a category's attributes: list choices by number, name or key, and dates. */
final class AttributeAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d.M.uuuu H:mm");

    private AttributeAnswers() {
    }

    /** "1, 3", "gruz i opony", or a value's name, key or the beginning of its name. */
    static List<String> list(CategoryAttribute attribute, String text) {
        Set<String> keys = new LinkedHashSet<>();
        String whole = ReportFlow.normalize(text);
        for (CategoryAttribute.Value value : attribute.values()) {
            if (ReportFlow.normalize(value.name()).equals(whole) || ReportFlow.normalize(value.key()).equals(whole)) {
                return List.of(value.key());
            }
        }
        for (String part : whole.split("\\s*(,|;|\\bi\\b|\\boraz\\b)\\s*|\\s+(?=\\d)")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            if (token.matches("\\d{1,2}")) {
                int index = Integer.parseInt(token) - 1;
                if (index >= 0 && index < attribute.values().size()) {
                    keys.add(attribute.values().get(index).key());
                    continue;
                }
                return List.of();
            }
            boolean found = false;
            for (CategoryAttribute.Value value : attribute.values()) {
                String name = ReportFlow.normalize(value.name());
                if (name.equals(token) || ReportFlow.normalize(value.key()).equals(token) || (token.length() >= 3 && name.startsWith(token))) {
                    keys.add(value.key());
                    found = true;
                    break;
                }
            }
            if (!found) {
                return List.of();
            }
        }
        return new ArrayList<>(keys);
    }

    static Optional<String> dateTime(String text) {
        String t = text.strip().replace('-', '.').replace('/', '.');
        try {
            return Optional.of(LocalDateTime.parse(t, DAY_TIME).toString());
        } catch (DateTimeParseException e) {
            // try the date alone
        }
        try {
            return Optional.of(LocalDate.parse(t, DAY).toString());
        } catch (DateTimeParseException e) {
            // try ISO
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
