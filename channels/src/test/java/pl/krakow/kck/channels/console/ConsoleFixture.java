package pl.krakow.kck.channels.console;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.handoff.Role;
import pl.krakow.kck.channels.Assistant;
import pl.krakow.kck.channels.Settings;
import pl.krakow.kck.channels.TestAssistant;

/**
 * An assistant over the fixture knowledge base with three console accounts (consultants anna and jan,
 * supervisor ewa), and the HTTP steps the console tests share.
 */
final class ConsoleFixture {

    static final String PASSWORD = "hasło do konsoli 1";
    static final String MONDAY_MORNING = "2026-12-07T10:00";

    private ConsoleFixture() {
    }

    static Assistant start(Clock clock) {
        return start(clock, null);
    }

    /**
     * With an editor too (login ola), over {@code knowledgeBase} (a copy the test may change), or the fixture
     * knowledge base when null.
     */
    static Assistant start(Clock clock, java.nio.file.Path knowledgeBase) {
        List<ConsultantAccounts.Seed> accounts = new java.util.ArrayList<>(List.of(
                new ConsultantAccounts.Seed("anna", "Anna Nowak", Role.CONSULTANT, PASSWORD, null),
                new ConsultantAccounts.Seed("jan", "Jan Kowalski", Role.CONSULTANT, PASSWORD, null),
                new ConsultantAccounts.Seed("ewa", "Ewa Wiśniewska", Role.SUPERVISOR, PASSWORD, null)));
        if (knowledgeBase != null) {
            accounts.add(new ConsultantAccounts.Seed("ola", "Ola Redaktorka", Role.EDITOR, PASSWORD, null));
        }
        ConsoleSettings console = new ConsoleSettings(java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(12), false, 1_000, 5,
                java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(1), 20, accounts);
        Settings settings = TestAssistant.settings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                TestAssistant.roomy(), TestAssistant.noTelegram())
                .withHandoff(HandoffSettings.defaults(), console);
        if (knowledgeBase != null) {
            settings = settings.withKnowledgeBase(knowledgeBase);
        }
        try {
            return Assistant.start(settings, TestAssistant.reports(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the fixture knowledge base in a fresh temporary folder, for tests that edit it. */
    static java.nio.file.Path knowledgeBaseCopy() {
        try {
            java.nio.file.Path source = pl.krakow.kck.bot.Fixtures.knowledgeBaseFolder();
            java.nio.file.Path target = java.nio.file.Files.createTempDirectory("kck-kb-");
            try (var files = java.nio.file.Files.walk(source)) {
                for (java.nio.file.Path file : files.toList()) {
                    java.nio.file.Path copy = target.resolve(source.relativize(file).toString());
                    if (java.nio.file.Files.isDirectory(file)) {
                        java.nio.file.Files.createDirectories(copy);
                    } else {
                        java.nio.file.Files.copy(file, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signed-in console session: the cookie to send and the CSRF token. */
    record SignedIn(String cookie, String csrf) {
    }

    static SignedIn signIn(Http1Client client, String login) {
        try (Http1ClientResponse response = client.post("/console/api/session").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(Json.createObjectBuilder().add("login", login).add("password", PASSWORD).build().toString())) {
            if (response.status() != Status.OK_200) {
                throw new AssertionError("sign-in of " + login + " failed: " + response.status() + " " + response.as(String.class));
            }
            String setCookie = response.headers().get(HeaderNames.SET_COOKIE).get();
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            return new SignedIn(cookie, json(response).getString("csrfToken"));
        }
    }

    /** A resident's conversation that asked for a consultant, agreed, and now waits in the queue; returns its id. */
    static String queuedConversation(Http1Client client, String firstMessage) {
        String id;
        try (Http1ClientResponse response = client.post("/api/v1/conversations").submit("")) {
            id = json(response).getString("id");
        }
        residentSays(client, id, firstMessage);
        residentSays(client, id, "chcę rozmawiać z konsultantem");
        residentSays(client, id, "Tak");
        return id;
    }

    static JsonObject residentSays(Http1Client client, String conversation, String text) {
        try (Http1ClientResponse response = client.post("/api/v1/conversations/" + conversation + "/messages")
                .header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(Json.createObjectBuilder().add("text", text).build().toString())) {
            if (response.status() != Status.OK_200) {
                throw new AssertionError(response.status() + " " + response.as(String.class));
            }
            return json(response);
        }
    }

    static JsonObject transcript(Http1Client client, String conversation) {
        try (Http1ClientResponse response = client.get("/api/v1/conversations/" + conversation).request()) {
            return json(response);
        }
    }

    static JsonObject json(Http1ClientResponse response) {
        try (var reader = Json.createReader(new StringReader(response.as(String.class)))) {
            return reader.readObject();
        }
    }
}
