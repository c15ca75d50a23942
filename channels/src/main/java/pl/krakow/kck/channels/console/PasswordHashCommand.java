package pl.krakow.kck.channels.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import pl.krakow.kck.bot.handoff.ConsultantAccounts;
import pl.krakow.kck.bot.handoff.PasswordHasher;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/**
 * {@code ./kck console-password}: reads a password (hidden when typed at a terminal, else one line of
 * standard input) and prints its hash for kck.console.admin.hash or an account's {@code hash}, so that no
 * clear-text password has to be kept in the configuration.
 */
public final class PasswordHashCommand {

    private PasswordHashCommand() {
    }

    public static void main(String[] args) throws IOException {
        char[] password;
        java.io.Console terminal = System.console();
        if (terminal != null) {
            password = terminal.readPassword("%s ", Messages.text(Lang.PL, "console.password-prompt", ConsultantAccounts.MIN_PASSWORD_LENGTH));
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? new char[0] : line.toCharArray();
        }
        if (password == null || password.length < ConsultantAccounts.MIN_PASSWORD_LENGTH) {
            System.err.println("console-password: a password needs at least " + ConsultantAccounts.MIN_PASSWORD_LENGTH + " characters");
            System.exit(2);
            return;
        }
        System.out.println(new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).hash(password));
    }
}
