package pl.krakow.kck.channels.console;

import java.util.Optional;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import pl.krakow.kck.bot.handoff.Consultant;
import pl.krakow.kck.bot.handoff.HandoffCase;
import pl.krakow.kck.bot.handoff.HandoffNote;
import pl.krakow.kck.bot.handoff.Handoffs;
import pl.krakow.kck.bot.handoff.Resolution;
import pl.krakow.kck.bot.storage.StoredMessage;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.channels.api.ApiException;
import pl.krakow.kck.channels.api.JsonRequests;
import pl.krakow.kck.channels.api.MessageText;

/**
 * What a consultant does with a case: claim it, write to the resident, add a note, transfer it, close it.
 * Each is one call to {@link Handoffs}, which decides who may (the owner, or a supervisor for the owner);
 * a refusal becomes a 409 problem.
 */
final class CaseActions {

    private final ConsultantConsole console;
    private final Handoffs handoffs;
    private final CaseViews views;
    private final ConsoleAccess access;
    private final JsonRequests json;
    private final MessageText texts;

    CaseActions(ConsultantConsole console, CaseViews views, ConsoleAccess access, JsonRequests json, MessageText texts) {
        this.console = console;
        this.handoffs = console.handoffs();
        this.views = views;
        this.access = access;
        this.json = json;
        this.texts = texts;
    }

    void claim(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        HandoffCase handoff = views.viewable(request, session);
        if (!handoffs.accepted(handoff.id(), session.login(), session.consultant().displayName())) {
            throw conflict("case-taken", "console.case-taken", "The case is no longer queued.");
        }
        views.sendCase(response, handoff.id());
    }

    void reply(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        HandoffCase handoff = views.viewable(request, session);
        String text = texts.check(JsonRequests.string(json.object(request, false), "text"));
        StoredMessage message = handoffs.consultantWrote(handoff.id(), session.login(), text)
                .orElseThrow(() -> conflict("not-owner", "console.reply-not-owner", "Only the consultant who owns the case may reply."));
        ConsoleJson.send(response, Status.CREATED_201, ConsoleJson.message(message).build());
    }

    void note(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        HandoffCase handoff = views.viewable(request, session);
        String text = texts.check(JsonRequests.string(json.object(request, false), "text"));
        HandoffNote note = handoffs.cases().addNote(handoff.id(), session.login(), text);
        handoffs.caseEvents().publish(handoff);
        ConsoleJson.send(response, Status.CREATED_201, ConsoleJson.note(note, views.consultants()).build());
    }

    void transfer(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        HandoffCase handoff = views.viewable(request, session);
        String to = Optional.ofNullable(JsonRequests.string(json.object(request, false), "to")).orElse("").strip();
        Consultant target = console.accounts().find(to).filter(Consultant::active)
                .orElseThrow(() -> ApiException.of(Status.NOT_FOUND_404, "consultant-not-found", "No such consultant",
                        Messages.text(Lang.PL, "console.consultant-not-found", to), "No active consultant with this login."));
        if (!handoffs.transfer(handoff, session.consultant(), target)) {
            throw conflict("not-owner", "console.transfer-not-owner", "Only the owner (or a supervisor) may transfer the case, to someone else.");
        }
        views.sendCase(response, handoff.id());
    }

    void close(ServerRequest request, ServerResponse response) {
        ConsoleSession session = access.writer(request);
        HandoffCase handoff = views.viewable(request, session);
        String code = Optional.ofNullable(JsonRequests.string(json.object(request, false), "resolution")).orElse("");
        Resolution resolution = Resolution.fromWire(code).filter(Resolution::isSelectable)
                .orElseThrow(() -> JsonRequests.bad("invalid-resolution", Messages.text(Lang.PL, "console.invalid-resolution"),
                        "Unknown resolution code '" + code + "'."));
        if (!handoffs.close(handoff, session.consultant(), resolution)) {
            throw conflict("not-owner", "console.close-not-owner", "Only the owner (or a supervisor) may close the case.");
        }
        views.sendCase(response, handoff.id());
    }

    private static ApiException conflict(String type, String key, String detailEn) {
        return ApiException.of(Status.CONFLICT_409, type, "Conflict", Messages.text(Lang.PL, key), detailEn);
    }
}
