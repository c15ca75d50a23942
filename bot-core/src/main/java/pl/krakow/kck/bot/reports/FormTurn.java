package pl.krakow.kck.bot.reports;

import pl.krakow.kck.bot.dialogue.Reply;

/** A turn of the report form: the new state of the draft (null: closed and dropped) and the reply. */
record FormTurn(ReportDraft draft, Reply reply) {
}
