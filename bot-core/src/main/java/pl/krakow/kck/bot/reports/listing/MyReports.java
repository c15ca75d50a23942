package pl.krakow.kck.bot.reports.listing;

import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;
import pl.krakow.kck.bot.text.Words;

/**
 * "Moje zgłoszenia": the resident's own reports with their status, in the channel they asked in. Asked by
 * the whole message ({@code reports.mine-words} of any language), by the option offered after filing, or by the
 * {@link pl.krakow.kck.bot.dialogue.Input.Command.Kind#MY_REPORTS} command (Telegram's {@code /moje}). In the
 * resident's language.
 */
public final class MyReports {

    /** The option id that asks for the list. */
    public static final String CHOICE = "my-reports";
    static final int SHOWN = 10;

    private final ResidentReports reports;

    public MyReports(ResidentReports reports) {
        this.reports = reports;
    }

    /** The option offered after a report is filed or joined. */
    public static Reply.Option option() {
        return new Reply.Option(CHOICE, Messages.text(Lang.resident(), "reports.mine-label"));
    }

    /** Whether the resident asks for their reports: the option picked (by button, number or label) or the phrase typed. */
    public static boolean asks(String text, String choice, List<Reply.Option> offered) {
        if (choice != null) {
            return CHOICE.equals(choice);
        }
        if (text == null || text.isBlank()) {
            return false;
        }
        if (CHOICE.equals(Reply.picked(text, offered))) {
            return true;
        }
        String said = Words.normalize(text).replaceAll("[0-9]", " ").replaceAll("\\s+", " ").strip();
        return Messages.languages().stream()
                .anyMatch(lang -> List.of(Messages.text(lang, "reports.mine-words").split("\\|")).contains(said));
    }

    /** The list, newest first, or what to do when this conversation filed nothing. */
    public Reply reply(String conversationId) {
        List<ResidentReports.Entry> mine = reports.of(conversationId, SHOWN + 1);
        if (mine.isEmpty()) {
            return report(text("mine-none"));
        }
        StringBuilder out = new StringBuilder(text("mine-title"));
        for (ResidentReports.Entry entry : mine.stream().limit(SHOWN).toList()) {
            out.append("\n\n").append(text("mine-item", entry.number(), entry.serviceName(),
                    entry.address() == null ? "" : text("mine-place", entry.address())));
            out.append("\n").append(text("mine-state", text(ResidentStatus.key(entry.status())),
                    CityDates.day(Lang.resident(), entry.requestedAt()), CityDates.day(Lang.resident(), entry.updatedAt())));
            if (entry.joined()) {
                out.append(" ").append(text("mine-joined"));
            }
        }
        if (mine.size() > SHOWN) {
            out.append("\n\n").append(text("mine-more", SHOWN));
        }
        out.append("\n\n").append(text("mine-outro"));
        return report(out.toString());
    }

    private static Reply report(String text) {
        return new Reply(ReplyKind.REPORT, text, null, List.of(), List.of(), List.of(), 1.0);
    }

    private static String text(String name, Object... args) {
        return Messages.text(Lang.resident(), "reports." + name, args);
    }
}
