package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.krakow.kck.bot.knowledge.Problem;
import pl.krakow.kck.bot.reports.LocatedJson.Arr;
import pl.krakow.kck.bot.reports.LocatedJson.Bool;
import pl.krakow.kck.bot.reports.LocatedJson.Node;
import pl.krakow.kck.bot.reports.LocatedJson.Num;
import pl.krakow.kck.bot.reports.LocatedJson.Obj;
import pl.krakow.kck.bot.reports.LocatedJson.Str;

/**
 * Builds a {@link CategoryCatalogue} from the parsed file and collects every problem on the way (file and
 * line), so that a file with any problem is refused whole, with all of them listed.
 */
final class CatalogueChecker {

    private static final String CODE = "[a-z0-9][a-z0-9_-]{0,63}";
    private static final Set<String> TOP_FIELDS = Set.of("jurisdiction_id", "problem_cues", "danger_cues", "danger_notice",
            "private_places", "public_places", "opinion_cues", "repair_cues", "categories");
    private static final Set<String> CATEGORY_FIELDS = Set.of("service_code", "service_name", "group", "description",
            "keywords", "signals", "agency_responsible", "handling", "location", "service_notice", "message", "attributes",
            "examples", "danger_signals", "danger_notice");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("code", "datatype", "required", "order", "description", "values");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    CatalogueChecker(String file) {
        this.file = file;
    }

    /** What was found wrong so far, in the file's order. */
    List<Problem> problems() {
        return problems;
    }

    CategoryCatalogue catalogue(Node root) {
        if (!(root instanceof Obj top)) {
            problem(root.line(), "the catalogue must be an object with \"categories\"");
            return null;
        }
        unknownFields(top, TOP_FIELDS, "catalogue");
        String jurisdiction = optionalString(top, "jurisdiction_id", "krakow.pl");
        CatalogueCues cues = new CatalogueCues(strings(top, "problem_cues", false), strings(top, "danger_cues", false),
                optionalString(top, "danger_notice", ""), strings(top, "private_places", false),
                strings(top, "public_places", false), strings(top, "opinion_cues", false),
                strings(top, "repair_cues", false));
        List<ServiceCategory> categories = new ArrayList<>();
        Node list = top.fields().get("categories");
        if (list == null) {
            problem(top.line(), "missing \"categories\"");
        } else if (!(list instanceof Arr array) || array.items().isEmpty()) {
            problem(list.line(), "\"categories\" must be a non-empty list");
        } else {
            Set<String> codes = new HashSet<>();
            for (Node item : array.items()) {
                ServiceCategory category = category(item);
                if (category != null) {
                    if (!codes.add(category.code())) {
                        problem(item.line(), "service_code \"" + category.code() + "\" is used twice");
                    }
                    categories.add(category);
                }
            }
        }
        return new CategoryCatalogue(jurisdiction, cues, categories);
    }

    private ServiceCategory category(Node node) {
        if (!(node instanceof Obj object)) {
            problem(node.line(), "a category must be an object");
            return null;
        }
        unknownFields(object, CATEGORY_FIELDS, "category");
        int before = problems.size();
        String code = code(object, "service_code");
        String name = requiredString(object, "service_name");
        String group = requiredString(object, "group");
        String description = requiredString(object, "description");
        List<String> keywords = strings(object, "keywords", true);
        List<String> signals = strings(object, "signals", false);
        String handlingText = optionalString(object, "handling", "report");
        ServiceCategory.Handling handling = switch (handlingText) {
            case "report" -> ServiceCategory.Handling.REPORT;
            case "emergency" -> ServiceCategory.Handling.EMERGENCY;
            case "redirect" -> ServiceCategory.Handling.REDIRECT;
            default -> {
                problem(object.fields().get("handling").line(),
                        "handling must be \"report\", \"emergency\" or \"redirect\", not \"" + handlingText + "\"");
                yield ServiceCategory.Handling.REPORT;
            }
        };
        String agency = handling == ServiceCategory.Handling.REPORT
                ? requiredString(object, "agency_responsible")
                : optionalString(object, "agency_responsible", "");
        String location = optionalString(object, "location", "required");
        if (!location.equals("required") && !location.equals("optional")) {
            problem(object.fields().get("location").line(), "location must be \"required\" or \"optional\"");
        }
        String notice = optionalString(object, "service_notice", "");
        String message;
        if (handling == ServiceCategory.Handling.REPORT) {
            message = optionalString(object, "message", "");
            if (!message.isEmpty()) {
                problem(object.fields().get("message").line(), "\"message\" is only for emergency and redirect categories");
            }
        } else {
            message = requiredString(object, "message");
        }
        List<CategoryAttribute> attributes = attributes(object);
        List<String> examples = strings(object, "examples", false);
        ServiceCategory.Danger danger = new ServiceCategory.Danger(strings(object, "danger_signals", false),
                optionalString(object, "danger_notice", ""));
        if (!danger.signals().isEmpty() && !danger.any()) {
            problem(object.fields().get("danger_signals").line(), "\"danger_signals\" need a \"danger_notice\" to tell");
        }
        if (problems.size() > before) {
            return null;
        }
        return new ServiceCategory(code, name, group, description, keywords, signals, agency, handling,
                location.equals("required"), notice, message, attributes, examples, danger);
    }

    private List<CategoryAttribute> attributes(Obj category) {
        Node node = category.fields().get("attributes");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Arr array)) {
            problem(node.line(), "\"attributes\" must be a list");
            return List.of();
        }
        List<CategoryAttribute> attributes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (Node item : array.items()) {
            if (!(item instanceof Obj object)) {
                problem(item.line(), "an attribute must be an object");
                continue;
            }
            unknownFields(object, ATTRIBUTE_FIELDS, "attribute");
            String code = code(object, "code");
            if (code != null && !codes.add(code)) {
                problem(object.line(), "attribute code \"" + code + "\" is used twice in this category");
            }
            String datatypeText = requiredString(object, "datatype");
            CategoryAttribute.Datatype datatype = datatypeText == null ? null
                    : CategoryAttribute.Datatype.fromWire(datatypeText).orElse(null);
            if (datatypeText != null && datatype == null) {
                problem(object.fields().get("datatype").line(), "datatype must be one of string, number, datetime, text,"
                        + " singlevaluelist, multivaluelist; not \"" + datatypeText + "\"");
            }
            boolean required = bool(object, "required");
            int order = order(object);
            if (order > 0 && !orders.add(order)) {
                problem(object.fields().get("order").line(), "order " + order + " is used twice in this category");
            }
            String description = requiredString(object, "description");
            List<CategoryAttribute.Value> values = values(object, datatype);
            if (code != null && datatype != null && description != null && order > 0) {
                attributes.add(new CategoryAttribute(code, datatype, required, order, description, values));
            }
        }
        return attributes;
    }

    private List<CategoryAttribute.Value> values(Obj attribute, CategoryAttribute.Datatype datatype) {
        Node node = attribute.fields().get("values");
        if (datatype == null) {
            return List.of();
        }
        if (!datatype.isList()) {
            if (node != null) {
                problem(node.line(), "\"values\" is only for singlevaluelist and multivaluelist");
            }
            return List.of();
        }
        if (!(node instanceof Arr array) || array.items().isEmpty()) {
            problem(node == null ? attribute.line() : node.line(), "a " + datatype.wire() + " needs a non-empty \"values\" list");
            return List.of();
        }
        List<CategoryAttribute.Value> values = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Node item : array.items()) {
            if (!(item instanceof Obj value)) {
                problem(item.line(), "a value must be an object with \"key\" and \"name\"");
                continue;
            }
            unknownFields(value, Set.of("key", "name"), "value");
            String key = requiredString(value, "key");
            String name = requiredString(value, "name");
            if (key != null && !keys.add(key)) {
                problem(value.line(), "value key \"" + key + "\" is used twice");
            }
            if (key != null && name != null) {
                values.add(new CategoryAttribute.Value(key, name));
            }
        }
        return values;
    }

    private int order(Obj object) {
        Node node = object.fields().get("order");
        if (node == null) {
            problem(object.line(), "missing \"order\"");
            return 0;
        }
        if (node instanceof Num number && number.value().signum() > 0) {
            try {
                return number.value().intValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        problem(node.line(), "\"order\" must be a whole number from 1");
        return 0;
    }

    private boolean bool(Obj object, String field) {
        Node node = object.fields().get(field);
        if (node == null) {
            problem(object.line(), "missing \"" + field + "\"");
            return false;
        }
        if (node instanceof Bool bool) {
            return bool.value();
        }
        problem(node.line(), "\"" + field + "\" must be true or false, not " + node.typeName());
        return false;
    }

    private String code(Obj object, String field) {
        String code = requiredString(object, field);
        if (code != null && !code.matches(CODE)) {
            problem(object.fields().get(field).line(), field + " \"" + code + "\" must match " + CODE);
            return null;
        }
        return code;
    }

    private String requiredString(Obj object, String field) {
        Node node = object.fields().get(field);
        if (node == null) {
            problem(object.line(), "missing \"" + field + "\"");
            return null;
        }
        if (node instanceof Str string && !string.value().isBlank()) {
            return string.value().strip();
        }
        problem(node.line(), "\"" + field + "\" must be a non-empty text, not " + node.typeName());
        return null;
    }

    private String optionalString(Obj object, String field, String fallback) {
        Node node = object.fields().get(field);
        if (node == null) {
            return fallback;
        }
        if (node instanceof Str string) {
            return string.value().strip();
        }
        problem(node.line(), "\"" + field + "\" must be a text, not " + node.typeName());
        return fallback;
    }

    private List<String> strings(Obj object, String field, boolean required) {
        Node node = object.fields().get(field);
        if (node == null) {
            if (required) {
                problem(object.line(), "missing \"" + field + "\"");
            }
            return List.of();
        }
        if (!(node instanceof Arr array) || (required && array.items().isEmpty())) {
            problem(node.line(), "\"" + field + "\" must be a " + (required ? "non-empty " : "") + "list of texts");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : array.items()) {
            if (item instanceof Str string && !string.value().isBlank()) {
                values.add(string.value().strip());
            } else {
                problem(item.line(), "\"" + field + "\" may hold only non-empty texts, not " + item.typeName());
            }
        }
        return values;
    }

    private void unknownFields(Obj object, Set<String> known, String what) {
        for (Map.Entry<String, Node> field : object.fields().entrySet()) {
            if (!known.contains(field.getKey())) {
                problem(field.getValue().line(), "unknown " + what + " field \"" + field.getKey() + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
        object.duplicates().forEach((key, line) -> problem(line, "field \"" + key + "\" is given twice"));
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }
}
