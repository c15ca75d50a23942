package pl.krakow.kck.bot.handoff;

import java.time.Duration;
import java.util.List;

/**
 * What makes the assistant offer a consultant, and when consultants work. Every rule can be switched off
 * and its words changed (kck.handoff.* in application.yaml). Words are given per language ({@link LanguageWords}) and
 * matched on the lemmas of the message's language, so any inflected form, typed with or without Polish letters, counts.
 *
 * @param perConversation how long one resident ahead in the live queue adds to the expected wait
 * @param maxWaitingCallbacks callback requests that may wait at once; beyond them (a flood of made-up numbers,
 *     or a night no team could call back the next morning) a resident is asked to call the infoline instead
 */
public record HandoffSettings(ExplicitRequest explicitRequest, RepeatedMisses repeatedMisses, Complaint complaint,
                              PersonalCase personalCase, Frustration frustration, InfolineHours hours,
                              Duration perConversation, int maxWaitingCallbacks) {

    public HandoffSettings {
        if (maxWaitingCallbacks < 1) {
            throw new IllegalArgumentException("maxWaitingCallbacks must be at least 1, was " + maxWaitingCallbacks);
        }
    }

    /** The same settings with another cap on waiting callback requests. */
    public HandoffSettings withMaxWaitingCallbacks(int max) {
        return new HandoffSettings(explicitRequest, repeatedMisses, complaint, personalCase, frustration, hours, perConversation, max);
    }

    /**
     * "chcę rozmawiać z konsultantem", "człowiek", "z kimś z urzędu": a person word near a request word, a
     * short message with a person word, or one of the phrases; never when the message asks about
     * schedules or numbers (words in {@code notWhen}: "o której odbierają konsultanci?", "скільки людей
     * максимум?" are questions for the knowledge base). Words per language.
     *
     * @param aloneUpTo a message of at most this many words that names a person is a request by itself
     */
    public record ExplicitRequest(boolean enabled, LanguageWords people, LanguageWords requests, LanguageWords phrases,
                                  int aloneUpTo, LanguageWords notWhen) {
    }

    /** The {@code after}-th fallback or clarifying question in a conversation (since the last offer) offers a consultant. */
    public record RepeatedMisses(boolean enabled, int after) {
        public RepeatedMisses {
            if (after < 1) {
                throw new IllegalArgumentException("kck.handoff.repeated-misses.after must be at least 1");
            }
        }
    }

    /** A complaint word ("skarga", "zażalenie") near what it is about ("urzędnik", "obsługa", "infolinia"). Words per language. */
    public record Complaint(boolean enabled, LanguageWords words, LanguageWords targets) {
    }

    /**
     * A resident's own case that needs access to files: one of the phrases ("numer sprawy", "sygnatura"),
     * or a word of {@code mine} ("mój") next to a case word ("wniosek", "sprawa") together with a word about its
     * progress ("etap"). Words per language.
     */
    public record PersonalCase(boolean enabled, LanguageWords phrases, LanguageWords mine, LanguageWords owned,
                               LanguageWords progress) {
    }

    /**
     * Visible frustration: a phrase ("mam dość", "nic nie rozumiesz"), at least {@code exclamations}
     * exclamation marks, or at least {@code shoutedWords} dictionary words in capitals making up most of the
     * message. 0 switches the count off. Insults alone are left to the guardrails. Phrases per language.
     */
    public record Frustration(boolean enabled, LanguageWords phrases, int exclamations, int shoutedWords) {
    }

    public static HandoffSettings defaults() {
        return new HandoffSettings(
                new ExplicitRequest(true,
                        LanguageWords.of(
                                List.of("konsultant", "konsultantka", "człowiek", "pracownik", "pracownica", "urzędnik",
                                        "urzędniczka", "operator", "operatorka", "doradca", "doradczyni"),
                                List.of("консультант", "консультантка", "оператор", "операторка", "людина", "працівник",
                                        "працівниця", "співробітник", "співробітниця", "службовець", "чиновник", "konsultant"),
                                List.of("consultant", "human", "agent", "operator", "representative", "advisor", "adviser")),
                        LanguageWords.of(
                                List.of("rozmawiać", "porozmawiać", "pogadać", "połączyć", "przełączyć", "przekierować",
                                        "chcieć", "prosić", "poprosić", "potrzebować", "kontakt", "skontaktować", "dać", "zawołać"),
                                List.of("говорити", "поговорити", "розмовляти", "зв'язатися", "зв'язок", "з'єднати", "з'єднувати",
                                        "переключити", "перемкнути", "хотіти", "просити", "попросити", "потребувати", "дати",
                                        "покликати", "контакт", "передзвонити", "подзвонити"),
                                List.of("talk", "speak", "chat", "connect", "transfer", "put", "want", "need", "like", "ask",
                                        "contact", "get", "give", "reach", "call")),
                        LanguageWords.of(
                                List.of("ktoś z urzędu", "ktoś z infolinii", "rozmawiać z kimś", "porozmawiać z kimś",
                                        "połączyć z kimś", "żywy człowiek", "prawdziwy człowiek", "nie chcę rozmawiać z botem",
                                        "z kim mogę porozmawiać", "z kim porozmawiać", "z kim mogę pogadać", "z kim pogadać"),
                                List.of("жива людина", "справжня людина", "хтось з працівників", "хтось з міськради",
                                        "хтось з уряду", "хтось з урзонду", "хтось з урзенду", "хтось з інфолінії", "з ким можна поговорити",
                                        "з ким поговорити", "передзвоніть мені",
                                        "говорити з кимось", "поговорити з кимось", "з'єднати з кимось", "не хочу говорити з ботом",
                                        "не хочу спілкуватися з ботом"),
                                List.of("real person", "live person", "actual person", "talk to a person", "speak to a person",
                                        "speak with a person", "talk to someone", "speak to someone", "speak with someone",
                                        "talk with someone", "talk to a human", "speak to a human", "real human",
                                        "someone from the office", "somebody from the office", "someone from the infoline",
                                        "someone from the helpline", "connect me with someone", "connect me to someone",
                                        "put me through to someone", "transfer me to someone", "talk to somebody", "speak to somebody",
                                        "speak with somebody", "talk with somebody", "call me back", "ring me back",
                                        "don't want to talk to a bot", "not a bot")),
                        3,
                        LanguageWords.of(
                                List.of("godzina", "kiedy", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                                        "niedziela", "weekend", "odbierać", "odebrać", "czynny", "pracować", "ile"),
                                List.of("година", "коли", "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота",
                                        "неділя", "вихідні", "працювати", "відповідати", "приймати", "графік", "скільки"),
                                List.of("hour", "when", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "weekend", "how many"))),
                new RepeatedMisses(true, 2),
                new Complaint(true,
                        LanguageWords.of(
                                List.of("skarga", "zażalenie", "poskarżyć", "skarżyć", "reklamacja", "niezadowolony"),
                                List.of("скарга", "поскаржитися", "скаржитися", "претензія", "незадоволений", "незадоволена"),
                                List.of("complaint", "complain", "dissatisfied", "unhappy", "grievance")),
                        LanguageWords.of(
                                List.of("urzędnik", "urzędniczka", "pracownik", "pracownica", "konsultant", "konsultantka",
                                        "obsługa", "urząd", "infolinia", "asystent", "bot"),
                                List.of("чиновник", "службовець", "працівник", "працівниця", "співробітник", "консультант",
                                        "консультантка", "обслуговування", "установа", "мерія", "міськрада", "лінія", "асистент", "бот"),
                                List.of("clerk", "official", "employee", "staff", "consultant", "customer", "office", "infoline",
                                        "helpline", "hotline", "assistant", "bot", "chatbot"))),
                new PersonalCase(true,
                        LanguageWords.of(
                                List.of("numer sprawy", "znak sprawy", "sygnatura", "w mojej sprawie", "moje akta"),
                                List.of("номер справи", "знак справи", "сигнатура", "у моїй справі", "в моїй справі",
                                        "матеріали моєї справи", "досі нічого", "нічого не зроблено", "нічого не зробили",
                                        "ніхто не відповів", "ніхто не передзвонив"),
                                List.of("case number", "reference number", "file number", "case reference", "check on it", "check on my",
                                        "check up on my", "follow up on my", "nothing has happened", "nothing happened since",
                                        "haven't heard back", "have not heard back", "no one got back to me", "nobody got back to me")),
                        LanguageWords.of(List.of("mój"), List.of("мій"), List.of("my")),
                        LanguageWords.of(
                                List.of("sprawa", "wniosek", "decyzja", "podanie", "pismo", "odwołanie", "zgłoszenie", "skarga"),
                                List.of("справа", "заява", "заявка", "рішення", "звернення", "лист", "оскарження", "скарга", "запит",
                                        "повідомлення"),
                                List.of("case", "application", "decision", "request", "letter", "appeal", "complaint", "claim", "report")),
                        LanguageWords.of(
                                List.of("etap", "status", "stan", "rozpatrzyć", "rozpatrywać", "rozpatrzenie", "czekać", "utknąć",
                                        "opóźnienie", "dlaczego", "nadal", "wciąż", "dziać", "trwać", "przyjść"),
                                List.of("етап", "статус", "стан", "розглянути", "розглядати", "розгляд", "чекати", "застрягти",
                                        "затримка", "чому", "досі", "відбуватися", "тривати"),
                                List.of("stage", "status", "progress", "pending", "wait", "stuck", "delay", "why", "still not",
                                        "still no", "happen", "process"))),
                new Frustration(true,
                        LanguageWords.of(
                                List.of("nic nie rozumiesz", "bez sensu", "mam dość", "ile razy można", "do niczego", "wkurzać",
                                        "denerwować", "irytować", "żenada", "masakra", "znowu to samo", "ciągle to samo"),
                                List.of("нічого не розумієш", "ти не розумієш", "без сенсу", "безглуздо", "набридло", "скільки разів повторювати", "скільки ще можна",
                                        "мені досить", "дратувати", "бісити", "знову те саме", "знову одне й те саме", "жах", "ганьба"),
                                List.of("you don't understand", "you do not understand", "you understand nothing", "pointless",
                                        "fed up", "sick of", "had enough", "how many times do I have to", "how many more times", "ridiculous", "annoying", "frustrating",
                                        "frustrated", "same thing again", "waste of time")),
                        3, 3),
                InfolineHours.KCK,
                Duration.ofMinutes(4),
                // KCK answers ~1,000 calls on a working day (245,000 a year); 500 requests left overnight or over a
                // weekend are already more than the morning shift can return before new calls arrive
                500);
    }
}
