package pl.krakow.kck.bot.reports;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A report being filled in, kept with its conversation (table report_draft) after every turn, so that a
 * restart loses nothing. {@link #id()} is the idempotency key of its submission: confirming twice, or
 * again after a crash, files one report.
 */
final class ReportDraft {

    /** The step awaiting an answer. Attribute steps are {@code attr:<code>}. */
    static final String CATEGORY = "category";
    static final String LOCATION = "location";
    static final String DESCRIPTION = "description";
    static final String ATTRIBUTE = "attr:";
    static final String PHOTO = "photo";
    static final String CONTACT = "contact";
    static final String CONSENT = "consent";
    static final String DUPLICATES = "duplicates";
    static final String SUMMARY = "summary";
    static final String EDIT = "edit";
    static final String DONE = "done";

    private final String id;
    private String category;
    private List<String> categoryChoices = new ArrayList<>();
    private Location location;
    private String description;
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private Long photoId;
    private String email;
    private String phone;
    private boolean consent;
    private List<String> duplicates = new ArrayList<>();
    private boolean duplicatesChecked;
    private String step;
    private String editing;
    private final List<String> history = new ArrayList<>();
    private String submitted;

    ReportDraft(String id) {
        this.id = id;
    }

    static ReportDraft fresh() {
        return new ReportDraft(UUID.randomUUID().toString());
    }

    String id() {
        return id;
    }

    String category() {
        return category;
    }

    void category(String code) {
        if (code != null && !code.equals(category)) {
            attributes.clear();
            skipped.removeIf(s -> s.startsWith(ATTRIBUTE));
            resetDuplicates();
        }
        this.category = code;
    }

    List<String> categoryChoices() {
        return categoryChoices;
    }

    void categoryChoices(List<String> codes) {
        this.categoryChoices = new ArrayList<>(codes);
    }

    Location location() {
        return location;
    }

    void location(Location location) {
        this.location = location;
        resetDuplicates();
    }

    String description() {
        return description;
    }

    void description(String description) {
        this.description = description;
    }

    Map<String, List<String>> attributes() {
        return attributes;
    }

    Set<String> skipped() {
        return skipped;
    }

    Long photoId() {
        return photoId;
    }

    void photoId(Long photoId) {
        this.photoId = photoId;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    boolean consent() {
        return consent;
    }

    void contact(String email, String phone, boolean consent) {
        this.email = email;
        this.phone = phone;
        this.consent = consent;
    }

    List<String> duplicates() {
        return duplicates;
    }

    void duplicates(List<String> numbers) {
        this.duplicates = new ArrayList<>(numbers);
    }

    boolean duplicatesChecked() {
        return duplicatesChecked;
    }

    void duplicatesChecked(boolean checked) {
        this.duplicatesChecked = checked;
    }

    private void resetDuplicates() {
        duplicatesChecked = false;
        duplicates = new ArrayList<>();
    }

    String step() {
        return step;
    }

    void step(String step) {
        this.step = step;
    }

    /** The step being changed through "popraw" or "wróć"; null when filling in forward. */
    String editing() {
        return editing;
    }

    void editing(String step) {
        this.editing = step;
    }

    List<String> history() {
        return history;
    }

    String submitted() {
        return submitted;
    }

    void submitted(String number) {
        this.submitted = number;
        this.step = DONE;
    }

    boolean done() {
        return DONE.equals(step);
    }

    String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id).add("step", step == null ? "" : step);
        optional(json, "category", category);
        json.add("categoryChoices", strings(categoryChoices));
        if (location != null) {
            JsonObjectBuilder place = JSON.createObjectBuilder().add("detailWanted", location.detailWanted());
            optional(place, "address", location.address());
            if (location.hasCoordinates()) {
                place.add("lat", location.lat()).add("lon", location.lon());
            }
            json.add("location", place);
        }
        optional(json, "description", description);
        JsonObjectBuilder answers = JSON.createObjectBuilder();
        attributes.forEach((code, values) -> answers.add(code, strings(values)));
        json.add("attributes", answers).add("skipped", strings(new ArrayList<>(skipped)));
        if (photoId != null) {
            json.add("photoId", photoId);
        }
        optional(json, "email", email);
        optional(json, "phone", phone);
        json.add("consent", consent).add("duplicates", strings(duplicates)).add("duplicatesChecked", duplicatesChecked);
        optional(json, "editing", editing);
        json.add("history", strings(history));
        optional(json, "submitted", submitted);
        return json.build().toString();
    }

    static ReportDraft fromJson(String data) {
        try (JsonReader reader = JSON.createReader(new StringReader(data))) {
            JsonObject json = reader.readObject();
            ReportDraft draft = new ReportDraft(json.getString("id"));
            draft.step = emptyToNull(json.getString("step", ""));
            draft.category = text(json, "category");
            draft.categoryChoices = list(json, "categoryChoices");
            JsonObject place = json.getJsonObject("location");
            if (place != null) {
                draft.location = new Location(text(place, "address"), number(place, "lat"), number(place, "lon"),
                        place.getBoolean("detailWanted", false));
            }
            draft.description = text(json, "description");
            JsonObject answers = json.getJsonObject("attributes");
            if (answers != null) {
                answers.forEach((code, values) -> draft.attributes.put(code,
                        values.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            }
            draft.skipped.addAll(list(json, "skipped"));
            draft.photoId = json.containsKey("photoId") ? json.getJsonNumber("photoId").longValue() : null;
            draft.email = text(json, "email");
            draft.phone = text(json, "phone");
            draft.consent = json.getBoolean("consent", false);
            draft.duplicates = list(json, "duplicates");
            draft.duplicatesChecked = json.getBoolean("duplicatesChecked", false);
            draft.editing = text(json, "editing");
            draft.history.addAll(list(json, "history"));
            draft.submitted = text(json, "submitted");
            return draft;
        }
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static Double number(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static List<String> list(JsonObject json, String key) {
        if (!json.containsKey(key)) {
            return new ArrayList<>();
        }
        return new ArrayList<>(json.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
