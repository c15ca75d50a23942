package pl.krakow.kck.bot.retrieval;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.language.Language;

/** Whose matter a question is, read in the Ukrainian and English editions of the real knowledge base. */
class EditionRedirectsTest {

    private static LiveIndex index;

    @BeforeAll
    static void open() {
        index = Fixtures.corpusEditions();
    }

    private static String redirect(Language language, String question) {
        return index.edition(language).get().search(question, 3).redirect();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Коли вивозять сміття у Тарнові?",
            "UK|як оформити мельдунек у Варшаві",
            "UK|де зробити посвідчення особи в Wieliczce",
            "EN|when is the waste collected in Warsaw?",
            "EN|how do I register my car in Wieliczka",
            "EN|parking zones in Gdansk",
            "EN|train tickets from Krakow to Zakopane",
            "EN|how much is the bus from Kraków to Wieliczka",
            "UK|скільки коштує квиток на потяг з Кракова до Варшави",
    })
    void should_say_another_towns_matter_is_not_krakows_in_every_language(Language language, String question) {
        assertNotNull(redirect(language, question), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Я прописаний у Варшаві, а живу в Кракові. Де подати заяву на dowód?",
            "UK|переїхала з Вроцлава, як зробити мельдунек?",
            "EN|I lived in Warsaw and now live in Krakow, where do I apply for an ID card?",
            "EN|I moved here from Gdansk, how do I register my address?",
            "EN|moving from Warsaw to Krakow, what do I need to register?",
            "EN|tram ticket to Nowa Huta",
    })
    void should_answer_for_krakow_when_it_is_named_or_the_town_is_only_where_one_came_from(Language language, String question) {
        assertNull(redirect(language, question), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UK|Де знаходиться консульство України?",
            "UK|як відкрити рахунок у банку",
            "UK|потрібен дозвіл на роботу для дружини",
            "EN|where is the US consulate?",
            "EN|can I open a bank account without PESEL?",
            "EN|how long does a work permit take?",
            "EN|can I renew my British passport here?",
            "EN|is vaping legal in Poland?",
            "UK|де продовжити закордонний паспорт?",
            "UK|чи легально в Польщі працювати без договору?",
    })
    void should_name_other_institutions_matters_in_every_language(Language language, String question) {
        assertNotNull(redirect(language, question), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|Jak przejść z KRUS do ZUS?",
            "PL|ile wynosi zasilek pogrzebowy",
            "PL|gdzie jest komisariat policji na Kazimierzu",
            "PL|jak zapisac sie na egzamin praktyczny w WORD",
            "PL|gdzie najtanszy kredyt hipoteczny",
            "PL|wlasciciel nie oddaje mi kaucji",
            "PL|jak sprawdzic ksiege wieczysta",
            "UK|як заблокувати банківську картку",
            "UK|де пройти технічний огляд авто",
            "UK|як записатися на іспит з водіння у WORD",
            "EN|where do I get a criminal record certificate?",
            "EN|how do I book the practical driving exam?",
            "EN|my landlord won't return my security deposit",
    })
    void should_name_the_matters_of_other_institutions_residents_ask_the_city_about(Language language, String question) {
        assertNotNull(redirect(language, question), question);
    }

    /** Words an article's own subject needs are no other institution's matter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|ukradli mi dowód, czy mam to zgłosić na policję?",
            "PL|chcę zacząć kurs na prawo jazdy, od czego zacząć?",
            "PL|w dowodzie rejestracyjnym skończyło się miejsce na przeglądy",
            "UK|хочу піти в автошколу, що спочатку треба зробити в urzędzie?",
            "UK|в dowodzie rejestracyjnym закінчилось місце на печатки техогляду, що робити?",
            "EN|I'm a blood donor, do I get free public transport?",
    })
    void should_leave_an_articles_own_words_to_the_article(Language language, String question) {
        assertNull(redirect(language, question), question);
    }

    /**
     * The English edition has no dictionary, so a town's name is no word it knows; it must still count in the
     * question (as "Warszawa" does in Polish), or an article covering the rest would answer over the redirect.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EN|parking rates in Gdynia?",
            "EN|residents' parking permit in Lodz",
    })
    void should_count_another_towns_name_against_a_krakow_article(Language language, String question) {
        SearchResult result = index.edition(language).get().search(question, 3);
        assertNotNull(result.redirect(), question);
        assertTrue(result.candidates().getFirst().coverage() < 0.95, question + ": " + result.candidates().getFirst().coverage());
    }

    /** A town named as whose the matter is, in the genitive with no preposition, typed with or without Polish letters. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|kiedy jest nabór do przedszkoli Poznania?",
            "PL|harmonogram wywozu smieci Gdanska na ten rok",
            "PL|jak wygląda karta mieszkańca Nowego Sącza",
            "PL|ile kosztuje bilet miesięczny komunikacji miejskiej Łodzi",
            "PL|glosowanie na budzet obywatelski we wroclawiu",
            "PL|urzad miasta wroclawia godziny otwarcia",
    })
    void should_say_a_matter_of_another_town_named_in_the_genitive_is_not_krakows(Language language, String question) {
        assertNotNull(redirect(language, question), question);
    }

    /** Where one comes from, Kraków itself or its districts and estates, and a common word that is also a town's form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|przeprowadziłem się z Wroclawia, jak się zameldować?",
            "PL|mieszkam niedaleko Tarnowa, jak dojechać do urzędu",
            "PL|mieszkam koło Tarnowa, gdzie zarejestrować auto",
            "PL|harmonogram wywozu śmieci gdańska ulica",
            "PL|budżet obywatelski Nowej Huty kiedy głosowanie",
            "PL|jak dojechać do urzędu mieszkańcy Podgórza pytają",
            "PL|budzet obywatelski krakowa kiedy glosowanie",
            "PL|czy na Zalewie Nowa Huta można pływać, wypożyczenie łodzi",
    })
    void should_not_send_away_kraków_its_districts_or_where_one_comes_from(Language language, String question) {
        assertNull(redirect(language, question), question);
    }
}
