package pl.krakow.kck.channels.open311;

import pl.krakow.kck.bot.json.Jsons;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import pl.krakow.kck.bot.privacy.PersonalDataRedactor;
import pl.krakow.kck.bot.reports.CategoryAttribute;
import pl.krakow.kck.bot.reports.Report;
import pl.krakow.kck.bot.reports.ReportRepository;
import pl.krakow.kck.bot.reports.ServiceCategory;
import pl.krakow.kck.bot.text.XmlChars;

/**
 * GeoReport v2 documents in both of its formats. Every document is built once as a tree of
 * {@link Element}s (ordered fields; lists of named items) and written as JSON or XML, so the two never
 * disagree. Times are ISO 8601 with the zone offset, in Kraków's time.
 */
final class Open311Format {

    static final String JSON = "json";
    /** The feed is public: personal data residents wrote in a description never reaches it. */
    private static final PersonalDataRedactor PUBLIC = new PersonalDataRedactor();
    static final String XML = "xml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** A field value: text, number, boolean, null, a nested element or a list of elements. */
    record Element(String name, Map<String, Object> fields) {
        static Element of(String name) {
            return new Element(name, new LinkedHashMap<>());
        }

        Element put(String key, Object value) {
            fields.put(key, value);
            return this;
        }
    }

    /** A list of same-named items; JSON: an array, XML: a wrapper element around the items. */
    record Items(String wrapper, List<Element> items) {
    }

    private Open311Format() {
    }

    static Element service(ServiceCategory category) {
        return Element.of("service")
                .put("service_code", category.code())
                .put("service_name", category.name())
                .put("description", category.description())
                .put("metadata", !category.attributes().isEmpty())
                .put("type", "realtime")
                .put("keywords", String.join(", ", category.keywords()))
                .put("group", category.group());
    }

    static Element definition(ServiceCategory category) {
        List<Element> attributes = new ArrayList<>();
        for (CategoryAttribute attribute : category.attributes()) {
            List<Element> values = new ArrayList<>();
            for (CategoryAttribute.Value value : attribute.values()) {
                values.add(Element.of("value").put("key", value.key()).put("name", value.name()));
            }
            Element element = Element.of("attribute")
                    .put("variable", true)
                    .put("code", attribute.code())
                    .put("datatype", attribute.datatype().wire())
                    .put("required", attribute.required())
                    .put("datatype_description", null)
                    .put("order", attribute.order())
                    .put("description", attribute.description());
            if (attribute.datatype().isList()) {
                element.put("values", new Items("values", values));
            }
            attributes.add(element);
        }
        return Element.of("service_definition").put("service_code", category.code()).put("attributes", new Items("attributes", attributes));
    }

    static Element request(Report report, String serviceNotice) {
        return Element.of("request")
                .put("service_request_id", report.number())
                .put("status", report.status())
                .put("status_notes", report.statusNotes())
                .put("service_name", report.serviceName())
                .put("service_code", report.serviceCode())
                .put("description", PUBLIC.redact(report.description())) // the original stays for the city's staff
                .put("agency_responsible", report.agency())
                .put("service_notice", serviceNotice == null || serviceNotice.isEmpty() ? null : serviceNotice)
                .put("requested_datetime", time(report.requestedAt()))
                .put("updated_datetime", time(report.updatedAt()))
                .put("expected_datetime", null)
                .put("address", report.address())
                .put("address_id", null)
                .put("zipcode", null)
                .put("lat", report.lat())
                .put("long", report.lon())
                .put("media_url", null);
    }

    static Element created(Report report, String serviceNotice) {
        return Element.of("request")
                .put("service_request_id", report.number())
                .put("service_notice", serviceNotice == null || serviceNotice.isEmpty() ? null : serviceNotice)
                .put("account_id", null);
    }

    static Element error(int code, String description) {
        return Element.of("error").put("code", code).put("description", description);
    }

    static String time(OffsetDateTime time) {
        return time.atZoneSameInstant(ReportRepository.CITY_ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).format(TIME);
    }

    /** A list document: {@code [ {...}, ... ]} or {@code <wrapper><item>...</item></wrapper>}. */
    static String list(Items items, String format) {
        return format.equals(XML) ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml(items) : json(items).build().toString();
    }

    /** A single document: {@code {...}} or {@code <name>...</name>}. */
    static String single(Element element, String format) {
        return format.equals(XML) ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml(element) : json(element).build().toString();
    }

    private static JsonArrayBuilder json(Items items) {
        JsonArrayBuilder array = Jsons.JSON.createArrayBuilder();
        items.items().forEach(item -> array.add(json(item)));
        return array;
    }

    private static JsonObjectBuilder json(Element element) {
        JsonObjectBuilder object = Jsons.JSON.createObjectBuilder();
        element.fields().forEach((key, value) -> {
            switch (value) {
                case null -> object.addNull(key);
                case String s -> object.add(key, s);
                case Boolean b -> object.add(key, b);
                case Integer i -> object.add(key, i);
                case Double d -> object.add(key, d);
                case Element e -> object.add(key, json(e));
                case Items items -> object.add(key, json(items));
                default -> object.add(key, value.toString());
            }
        });
        return object;
    }

    private static String xml(Items items) {
        StringBuilder xml = new StringBuilder("<").append(items.wrapper()).append('>');
        items.items().forEach(item -> xml.append(xml(item)));
        return xml.append("</").append(items.wrapper()).append('>').toString();
    }

    private static String xml(Element element) {
        StringBuilder xml = new StringBuilder("<").append(element.name()).append('>');
        element.fields().forEach((key, value) -> {
            if (value instanceof Items items) {
                xml.append(xml(items));
            } else if (value instanceof Element nested) {
                xml.append(xml(nested));
            } else if (value == null) {
                xml.append('<').append(key).append("/>");
            } else {
                xml.append('<').append(key).append('>').append(escape(value.toString())).append("</").append(key).append('>');
            }
        });
        return xml.append("</").append(element.name()).append('>').toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (!XmlChars.allowed(c)) {
                        return; // not allowed in XML 1.0: never written, whatever is stored
                    }
                    out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }
}
