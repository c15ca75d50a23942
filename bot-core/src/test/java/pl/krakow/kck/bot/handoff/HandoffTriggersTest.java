package pl.krakow.kck.bot.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import pl.krakow.kck.bot.Fixtures;
import pl.krakow.kck.bot.dialogue.ReplyKind;
import pl.krakow.kck.bot.language.Language;
import pl.krakow.kck.bot.text.Lang;

class HandoffTriggersTest {

    private final HandoffSettings defaults = HandoffSettings.defaults();
    private final HandoffTriggers triggers = new HandoffTriggers(defaults, Fixtures.ANALYZER);

    private Optional<HandoffReason> reason(String text) {
        return triggers.inMessage(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chcę rozmawiać z konsultantem", "chce rozmawiac z konsultantem", "człowiek", "czlowiek",
            "z kimś z urzędu", "z kims z urzedu", "Połącz mnie z konsultantką", "polacz mnie z pracownikiem",
            "Poproszę o kontakt z urzędnikiem", "daj mi konsultanta", "Chciałabym porozmawiać z pracownicą urzędu",
            "konsultant proszę", "Wolę pisać z prawdziwym człowiekiem", "nie chcę rozmawiać z botem",
            "Potrzebuję pomocy konsultanta w sprawie podatku od nieruchomości", "to z kim mogę pogadać?",
            "z kim moge porozmawiac"})
    void should_hear_an_explicit_request_for_a_person(String text) {
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chce porozmawiać z konsulatnem", "chcę rozmawiać z konsltantem", "połącz mnie z konsutlantem",
            "chce porozmawiac z pracownkiem urzedu"})
    void should_hear_a_request_for_a_person_through_a_misspelt_word(String text) {
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chcę porozmawiać o konsulacie", "gdzie jest konsulat Ukrainy?"})
    void should_not_read_a_known_word_close_to_a_person_word_as_a_request(String text) {
        assertEquals(Optional.empty(), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chcę pogadać z konsultantem w piątek o 16, ktoś jeszcze odbierze?",
            "Do której godziny pracują konsultanci infolinii?", "Urzędnik odmówił mi zameldowania. Co mogę teraz zrobić?",
            "ktoś zaparkował na chodniku i nie da się przejść z wózkiem", "Jak wyrobić dowód osobisty?"})
    void should_leave_questions_about_people_and_schedules_to_the_knowledge_base(String text) {
        assertEquals(Optional.empty(), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chciałbym złożyć skargę na urzędnika z wydziału komunikacji",
            "chcialbym zlozyc skarge na urzednika", "Jestem niezadowolona z obsługi na infolinii",
            "chcę się poskarżyć na konsultanta"})
    void should_hear_a_complaint_about_the_city_service(String text) {
        assertEquals(Optional.of(HandoffReason.COMPLAINT), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jak złożyć skargę na działania Straży Miejskiej?",
            "Jak złożyć reklamację opłaty dodatkowej za parkowanie?"})
    void should_leave_complaint_procedures_to_the_knowledge_base(String text) {
        assertEquals(Optional.empty(), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Na jakim etapie jest mój wniosek o zameldowanie?", "na jakim etapie jest moj wniosek",
            "Dlaczego moja sprawa nadal nie została rozpatrzona?", "Mam numer sprawy z pisma, co dalej?",
            "Podaję sygnaturę: WSA-II.123", "co słychać w mojej sprawie", "co się dzieje z moim podaniem o lokal?",
            "moje odwołanie tyle trwa, co z nim?", "kiedy wreszcie przyjdzie decyzja w mojej sprawie o zasiłek"})
    void should_hear_a_personal_case_that_needs_the_files(String text) {
        assertEquals(Optional.of(HandoffReason.PERSONAL_CASE), reason(text));
    }

    @Test
    void should_not_take_a_mention_of_my_case_without_progress_for_a_personal_case() {
        assertEquals(Optional.empty(), reason("Dzwoniłem na infolinię, ale konsultant nie znał odpowiedzi na moją skomplikowaną sprawę. Co dalej?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mam już dość, trzeci raz pytam", "mam juz dosc", "nic nie rozumiesz", "To jest bez sensu",
            "wkurza mnie ten czat", "Dlaczego nikt nie odpowiada!!!", "DLACZEGO NIKT MI NIE POMAGA", "znowu to samo"})
    void should_see_visible_frustration(String text) {
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), reason(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jesteś beznadziejnym, głupim botem", "Czy SCT obejmuje PKO BP IBAN?", "jaki jest sens zycia",
            "od ilu lat można zgłosić własny projekt do budżetu obywatelskiego", "Uwaga!"})
    void should_leave_insults_abbreviations_and_calm_questions_alone(String text) {
        assertEquals(Optional.empty(), reason(text));
    }

    @Test
    void should_offer_a_person_at_the_configured_repeated_miss() {
        assertFalse(triggers.tooManyMisses(ReplyKind.FALLBACK, 0));
        assertTrue(triggers.tooManyMisses(ReplyKind.FALLBACK, 1));
        assertTrue(triggers.tooManyMisses(ReplyKind.CLARIFY, 1));
        assertFalse(triggers.tooManyMisses(ReplyKind.ANSWER, 5));
        HandoffTriggers patient = new HandoffTriggers(new HandoffSettings(defaults.explicitRequest(),
                new HandoffSettings.RepeatedMisses(true, 3), defaults.complaint(), defaults.personalCase(), defaults.frustration(),
                defaults.hours(), defaults.perConversation(), defaults.maxWaitingCallbacks()), Fixtures.ANALYZER);
        assertFalse(patient.tooManyMisses(ReplyKind.FALLBACK, 1));
        assertTrue(patient.tooManyMisses(ReplyKind.FALLBACK, 2));
    }

    @Test
    void should_let_each_rule_be_switched_off() {
        HandoffSettings off = new HandoffSettings(
                withEnabled(defaults.explicitRequest(), false),
                new HandoffSettings.RepeatedMisses(false, 2),
                new HandoffSettings.Complaint(false, defaults.complaint().words(), defaults.complaint().targets()),
                new HandoffSettings.PersonalCase(false, defaults.personalCase().phrases(), defaults.personalCase().mine(),
                        defaults.personalCase().owned(), defaults.personalCase().progress()),
                new HandoffSettings.Frustration(false, defaults.frustration().phrases(), 3, 3),
                defaults.hours(), defaults.perConversation(), defaults.maxWaitingCallbacks());
        HandoffTriggers none = new HandoffTriggers(off, Fixtures.ANALYZER);
        for (String text : List.of("chcę rozmawiać z konsultantem", "skarga na urzędnika", "na jakim etapie jest mój wniosek",
                "mam dość!!!")) {
            assertEquals(Optional.empty(), none.inMessage(text), text);
        }
        assertFalse(none.tooManyMisses(ReplyKind.FALLBACK, 10));
    }

    @Test
    void should_use_the_configured_words() {
        HandoffSettings.ExplicitRequest explicit = defaults.explicitRequest();
        HandoffSettings custom = new HandoffSettings(
                new HandoffSettings.ExplicitRequest(true, LanguageWords.polish(List.of("agent")), explicit.requests(),
                        LanguageWords.polish(List.of("daj szefa")),
                        explicit.aloneUpTo(), explicit.notWhen()),
                defaults.repeatedMisses(), defaults.complaint(), defaults.personalCase(),
                new HandoffSettings.Frustration(true, LanguageWords.polish(List.of("skandal")), 0, 0), defaults.hours(), defaults.perConversation(), defaults.maxWaitingCallbacks());
        HandoffTriggers configured = new HandoffTriggers(custom, Fixtures.ANALYZER);
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), configured.inMessage("chcę rozmawiać z agentem"));
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), configured.inMessage("dajcie szefa"));
        assertEquals(Optional.empty(), configured.inMessage("chcę rozmawiać z konsultantem"));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), configured.inMessage("to skandal"));
        assertEquals(Optional.empty(), configured.inMessage("dlaczego nikt nie odpowiada!!!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"хочу поговорити з оператором", "Хочу поговорити з консультантом", "з'єднайте мене з працівником",
            "Можна з живою людиною?", "оператор", "Мені потрібна справжня людина, а не бот", "Попросіть консультанта зв'язатися зі мною",
            "покличте когось з урзенду, будь ласка",
            "а з ким можна про це поговорити?", "передзвоніть мені, будь ласка"})
    void should_hear_a_ukrainian_request_for_a_person_in_ukrainian(String text) {
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), triggers.inMessage(text, Language.UK));
    }

    @Test
    void should_hear_a_request_to_be_called_back_by_a_consultant() {
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), triggers.inMessage("Чи може консультант мені передзвонити?", Language.UK));
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), triggers.inMessage("Could a consultant call me back tomorrow?", Language.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to talk to a person", "Can I speak to a human please?", "connect me with a consultant",
            "I'd like to speak with someone from the city office", "agent", "Please transfer me to an operator",
            "I need a real person, not a bot", "connect me with someone from the office",
            "can somebody from the office help me with this", "please put me through to someone", "speak to somebody at city hall please", "can someone call me back?"})
    void should_hear_an_english_request_for_a_person_in_english(String text) {
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), triggers.inMessage(text, Language.EN));
    }

    @Test
    void should_leave_ukrainian_and_english_questions_about_consultants_hours_to_the_knowledge_base() {
        assertEquals(Optional.empty(), triggers.inMessage("О котрій годині працюють консультанти інфолінії?", Language.UK));
        assertEquals(Optional.empty(), triggers.inMessage("Як отримати посвідчення особи в Кракові?", Language.UK));
        assertEquals(Optional.empty(), triggers.inMessage("When do consultants answer the phone on Friday? I want to call", Language.EN));
        assertEquals(Optional.empty(), triggers.inMessage("Do I need to apply for a residence card in person?", Language.EN));
        assertEquals(Optional.empty(), triggers.inMessage("How do I get a parking permit in Krakow?", Language.EN));
        assertEquals(Optional.empty(), triggers.inMessage("Скільки проєктів можна подати до бюджету громадського?", Language.UK),
                "a counting question is no \"скільки можна\"");
        assertEquals(Optional.empty(), triggers.inMessage("How many times can I vote in the civic budget?", Language.EN));
    }

    @Test
    void should_hear_complaints_personal_cases_and_frustration_in_ukrainian() {
        assertEquals(Optional.of(HandoffReason.COMPLAINT), triggers.inMessage("Хочу подати скаргу на працівника ужонду", Language.UK));
        assertEquals(Optional.of(HandoffReason.COMPLAINT), triggers.inMessage("Я незадоволена обслуговуванням на інфолінії", Language.UK));
        assertEquals(Optional.of(HandoffReason.PERSONAL_CASE), triggers.inMessage("На якому етапі моя заява про мельдунок?", Language.UK));
        assertEquals(Optional.of(HandoffReason.PERSONAL_CASE), triggers.inMessage("Ось номер справи з листа, що далі?", Language.UK));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), triggers.inMessage("Ти нічого не розумієш", Language.UK));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), triggers.inMessage("Мені вже набридло, втретє питаю", Language.UK));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), triggers.inMessage("ЧОМУ НІХТО НЕ ДОПОМАГАЄ", Language.UK));
    }

    @Test
    void should_hear_complaints_personal_cases_and_frustration_in_english() {
        assertEquals(Optional.of(HandoffReason.COMPLAINT), triggers.inMessage("I want to file a complaint about a clerk at the office", Language.EN));
        assertEquals(Optional.of(HandoffReason.COMPLAINT), triggers.inMessage("I'm very unhappy with the helpline staff", Language.EN));
        assertEquals(Optional.of(HandoffReason.PERSONAL_CASE), triggers.inMessage("What stage is my application for registration at?", Language.EN));
        assertEquals(Optional.of(HandoffReason.PERSONAL_CASE), triggers.inMessage("Here is my case number, what next?", Language.EN));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), triggers.inMessage("you don't understand anything", Language.EN));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), triggers.inMessage("I'm fed up, asking for the third time", Language.EN));
        assertEquals(Optional.of(HandoffReason.FRUSTRATION), triggers.inMessage("WHY IS NOBODY HELPING ME", Language.EN));
        assertEquals(Optional.empty(), triggers.inMessage("Is SCT valid with PKO BP IBAN", Language.EN));
    }

    @Test
    void should_read_a_message_with_the_words_of_its_own_language_only() {
        assertEquals(Optional.empty(), triggers.inMessage("хочу поговорити з оператором", Language.PL),
                "the Polish words do not know Ukrainian");
        HandoffSettings polishOnly = new HandoffSettings(new HandoffSettings.ExplicitRequest(true,
                defaults.explicitRequest().people().with(Language.UK, List.of()), defaults.explicitRequest().requests(),
                defaults.explicitRequest().phrases().with(Language.UK, List.of()), 3, defaults.explicitRequest().notWhen()),
                defaults.repeatedMisses(), defaults.complaint(), defaults.personalCase(), defaults.frustration(), defaults.hours(),
                defaults.perConversation(), defaults.maxWaitingCallbacks());
        assertEquals(Optional.empty(), new HandoffTriggers(polishOnly, Fixtures.ANALYZER).inMessage("хочу поговорити з оператором", Language.UK));
    }

    @Test
    void should_read_the_message_in_the_residents_language() {
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST),
                Lang.speaking(new Lang("uk"), () -> triggers.inMessage("хочу поговорити з оператором")));
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST),
                Lang.speaking(new Lang("en"), () -> triggers.inMessage("I want to talk to a person")));
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), triggers.inMessage("chcę rozmawiać z konsultantem"));
    }

    private static HandoffSettings.ExplicitRequest withEnabled(HandoffSettings.ExplicitRequest rule, boolean enabled) {
        return new HandoffSettings.ExplicitRequest(enabled, rule.people(), rule.requests(), rule.phrases(), rule.aloneUpTo(), rule.notWhen());
    }

    @Test
    void should_not_take_a_short_question_about_how_many_people_for_a_request_for_one() {
        assertTrue(triggers.inMessage("скільки людей максимум?", Language.UK).isEmpty());
        assertTrue(triggers.inMessage("ile ludzi maksymalnie?", Language.PL).isEmpty());
        assertEquals(Optional.of(HandoffReason.EXPLICIT_REQUEST), triggers.inMessage("жива людина", Language.UK));
    }

    /** Whether one's own application has been decided yet: only a consultant sees the files, in every language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL|czy moje podanie o zasiłek celowy zostało już rozpatrzone?",
            "PL|czy rozpatrzyli już mój wniosek o lokal?",
            "UK|чи вже розглянули мою заяву на житло?",
            "UK|мою заяву про мельдунек вже розглянули?",
            "EN|has my housing application been processed yet?",
            "EN|did you process my request for a parking permit?",
            "EN|why is my appeal still not decided?",
            "EN|my application for a school place, still no answer",
            "EN|I reported a broken bench in Park Jordana two weeks ago and nothing has happened. Can you check on it?",
            "EN|what is the status of my report about the broken street lamp?",
            "EN|I sent a request a month ago and haven't heard back",
            "UK|на якому етапі моя заявка на парковку?",
            "UK|я писала про зламаний ліхтар два тижні тому, а досі нічого. Можете перевірити?",
            "UK|подавала заяву місяць тому і ніхто не відповів",
    })
    void should_hear_whether_my_application_has_been_decided_as_a_personal_case(Language language, String text) {
        assertEquals(Optional.of(HandoffReason.PERSONAL_CASE), triggers.inMessage(text, language), text);
    }

    /** "Still" about what one must do for one's application asks the rules, not the state of one's file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EN|this is for my school grant application, do I still need a certificate?",
            "EN|my housing allowance application: do I still have to bring the lease?",
            "EN|it is about my parking permit request, is it still valid in zone B?",
            "EN|how do I report a broken bench in a park?",
            "EN|what happens if I don't report the sale of my car?",
    })
    void should_not_take_still_about_what_one_must_do_for_a_personal_case(Language language, String text) {
        assertEquals(Optional.empty(), triggers.inMessage(text, language), text);
    }
}
