package pl.krakow.kck.bot.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.language.Language;

class RejectionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL | nie o to mi chodzi           | ''",
            "PL | Nie, chodzi mi o paszport     | chodzi mi o paszport",
            "PL | nie – pytam o prawo jazdy     | pytam o prawo jazdy",
            "PL | to nie to, chcę meldunek      | chcę meldunek",
            "PL | nie mam meldunku, co robić?   | <none>",
            "PL | nie wiem, gdzie to załatwić   | <none>",
            "PL | no, a ile to kosztuje?        | <none>",
            "EN | no, I meant the passport      | I meant the passport",
            "EN | Nope — the driving licence    | the driving licence",
            "EN | no parking sign on my street  | <none>",
            "EN | that's not what I asked       | ''",
            "EN | not sure where to go          | <none>",
            "UK | ні, я про паспорт              | я про паспорт",
            "UK | не про це                      | ''"})
    void should_find_what_follows_a_rejection_at_the_start(Language language, String text, String rest) {
        Optional<String> found = Rejections.of(language).rest(text);
        assertEquals(rest.equals("<none>") ? Optional.empty() : Optional.of(rest), found, text);
    }
}
