package pl.krakow.kck.bot.language;

import pl.krakow.kck.bot.text.Messages;

/** The assistant's own texts in a served language, from the message catalogues ({@link Messages}). */
public final class LanguageTexts {

    public String text(Language language, String key) {
        return Messages.text(language.lang(), key);
    }

    /** The reply to a message in a language the assistant does not serve: in Ukrainian, then in English. */
    public String unserved() {
        return text(Language.UK, "languages.unserved") + "\n\n" + text(Language.EN, "languages.unserved");
    }
}
