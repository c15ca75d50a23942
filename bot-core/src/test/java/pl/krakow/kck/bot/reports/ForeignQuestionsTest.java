package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignQuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"велика яма на дорозі, куди про це повідомити", "як викинути старий диван в Кракові",
            "не знаю як повідомити про зламану лавку", "where do I report a broken street light",
            "how to report a pothole", "do I need to report a fallen tree myself", "can someone fix the lamp on Długa",
            "big pothole on Długa, who do I call", "ліхтар не світить, кому можна написати"})
    void should_read_a_ukrainian_or_english_question_about_a_problem_as_a_question(String text) {
        assertTrue(ReportRecognizer.isQuestion(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"на вулиці Довгій 20 велика яма на дорозі", "темно як вночі, ліхтар не світить",
            "the street lamp on Karmelicka 12 is not working", "what a mess, bins overflowing on Plac Nowy",
            "big pothole on Dluga street near number 20", "Na Karmelickiej 12 nie świeci latarnia",
            "the bench near where I live is broken", "ліхтар, який стоїть біля школи, не світить",
            "два чи три ліхтарі не світять на Довгій"})
    void should_leave_a_statement_of_a_problem_a_statement(String text) {
        assertFalse(ReportRecognizer.isQuestion(text), text);
    }
}
