package pl.krakow.kck.bot.handoff;

import static pl.krakow.kck.bot.json.Jsons.JSON;

import java.time.OffsetDateTime;

import jakarta.json.JsonObjectBuilder;

/** The JSON form of a case, shared by the console and the transcript export. */
public final class CaseJson {

    private CaseJson() {
    }

    public static JsonObjectBuilder of(HandoffCase handoff) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", handoff.id())
                .add("conversationId", handoff.conversationId())
                .add("state", handoff.state().wire())
                .add("stateLabel", handoff.state().label())
                .add("mode", handoff.mode().wire())
                .add("modeLabel", handoff.mode().label())
                .add("reason", handoff.reason().wire())
                .add("reasonLabel", handoff.reason().label())
                .add("requestedAt", handoff.requestedAt().toString())
                .add("dueAt", handoff.dueAt().toString());
        optional(json, "consultant", handoff.consultant());
        optional(json, "contactPhone", handoff.contactPhone());
        optional(json, "contactEmail", handoff.contactEmail());
        optional(json, "message", handoff.message());
        if (handoff.resolution() != null) {
            json.add("resolution", handoff.resolution().wire()).add("resolutionLabel", handoff.resolution().label());
        }
        optional(json, "claimedAt", handoff.claimedAt());
        optional(json, "closedAt", handoff.closedAt());
        return json;
    }

    private static void optional(JsonObjectBuilder json, String key, Object value) {
        if (value instanceof OffsetDateTime at) {
            json.add(key, at.toString());
        } else if (value != null) {
            json.add(key, value.toString());
        }
    }
}
