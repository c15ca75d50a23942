package pl.krakow.kck.bot.reports;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** The answer to "status KRK-…": the report's state, the city's notes, its history and how many joined it. */
final class StatusReply {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.MM.uuuu, HH:mm", Locale.ROOT);

    private final ReportRepository reports;

    StatusReply(ReportRepository reports) {
        this.reports = reports;
    }

    /** The report's status, notes and history; that no report has the number, when none has. */
    Reply reply(String number) {
        Optional<Report> found = reports.find(number);
        if (found.isEmpty()) {
            return FormReplies.report(ReportPhrases.unknownNumber(number), List.of());
        }
        Report report = found.get();
        StringBuilder text = new StringBuilder(ReportPhrases.text("status-title", report.number(), report.serviceName()));
        if (report.address() != null) {
            text.append(", ").append(report.address());
        }
        text.append("\n\n").append(ReportPhrases.text("status-state", ReportPhrases.statusLabel(report.status()),
                shown(report.updatedAt())));
        if (report.statusNotes() != null) {
            text.append("\n").append(ReportPhrases.text("status-notes", report.statusNotes()));
        }
        text.append("\n").append(ReportPhrases.text("status-agency", report.agency()));
        List<ReportNote> notes = reports.notes(report.id());
        if (notes.size() > 1) {
            text.append("\n\n").append(Messages.text(Lang.resident(), "reports.status-history"));
            for (ReportNote note : notes) {
                text.append("\n- ").append(shown(note.createdAt())).append(" – ").append(ReportPhrases.statusLabel(note.status()));
                if (note.note() != null) {
                    text.append(": ").append(note.note());
                }
            }
        }
        if (report.supporters() > 0) {
            text.append("\n\n").append(ReportPhrases.text("status-supporters", report.supporters()));
        }
        return FormReplies.report(text.toString(), List.of());
    }

    private static String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(ReportRepository.CITY_ZONE).format(SHOWN);
    }
}
