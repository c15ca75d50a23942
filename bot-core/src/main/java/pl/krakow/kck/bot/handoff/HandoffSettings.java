package pl.krakow.kck.bot.handoff;

import java.time.Duration;
import java.util.List;

/**
 * What makes the assistant offer a consultant, and when consultants work. Every rule can be switched off
 * and its words changed (kck.handoff.* in application.yaml). Words are matched on lemmas, so any inflected
 * form, typed with or without Polish letters, counts.
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
     * schedules (words in {@code notWhen}: "o której odbierają konsultanci?" is a question for the
     * knowledge base).
     *
     * @param aloneUpTo a message of at most this many words that names a person is a request by itself
     */
    public record ExplicitRequest(boolean enabled, List<String> people, List<String> requests, List<String> phrases,
                                  int aloneUpTo, List<String> notWhen) {
        public ExplicitRequest {
            people = List.copyOf(people);
            requests = List.copyOf(requests);
            phrases = List.copyOf(phrases);
            notWhen = List.copyOf(notWhen);
        }
    }

    /** The {@code after}-th fallback or clarifying question in a conversation (since the last offer) offers a consultant. */
    public record RepeatedMisses(boolean enabled, int after) {
        public RepeatedMisses {
            if (after < 1) {
                throw new IllegalArgumentException("kck.handoff.repeated-misses.after must be at least 1");
            }
        }
    }

    /** A complaint word ("skarga", "zażalenie") near what it is about ("urzędnik", "obsługa", "infolinia"). */
    public record Complaint(boolean enabled, List<String> words, List<String> targets) {
        public Complaint {
            words = List.copyOf(words);
            targets = List.copyOf(targets);
        }
    }

    /**
     * A resident's own case that needs access to files: one of the phrases ("numer sprawy", "sygnatura"),
     * or "mój" next to a case word ("wniosek", "sprawa") together with a word about its progress ("etap").
     */
    public record PersonalCase(boolean enabled, List<String> phrases, List<String> owned, List<String> progress) {
        public PersonalCase {
            phrases = List.copyOf(phrases);
            owned = List.copyOf(owned);
            progress = List.copyOf(progress);
        }
    }

    /**
     * Visible frustration: a phrase ("mam dość", "nic nie rozumiesz"), at least {@code exclamations}
     * exclamation marks, or at least {@code shoutedWords} dictionary words in capitals making up most of the
     * message. 0 switches the count off. Insults alone are left to the guardrails.
     */
    public record Frustration(boolean enabled, List<String> phrases, int exclamations, int shoutedWords) {
        public Frustration {
            phrases = List.copyOf(phrases);
        }
    }

    public static HandoffSettings defaults() {
        return new HandoffSettings(
                new ExplicitRequest(true,
                        List.of("konsultant", "konsultantka", "człowiek", "pracownik", "pracownica", "urzędnik",
                                "urzędniczka", "operator", "operatorka", "doradca", "doradczyni",
                                "consultant", "human", "agent", "консультант", "консультанта", "консультанту", "консультантом", "консультантка",
                                "оператор", "оператора", "оператором", "людина", "людиною", "працівник", "працівником"),
                        List.of("rozmawiać", "porozmawiać", "pogadać", "połączyć", "przełączyć", "przekierować",
                                "chcieć", "prosić", "poprosić", "potrzebować", "kontakt", "skontaktować", "dać", "zawołać",
                                "talk", "speak", "connect", "transfer", "говорити", "поговорити", "зв'язатися", "з'єднати", "з'єднайте", "хочу"),
                        List.of("ktoś z urzędu", "ktoś z infolinii", "rozmawiać z kimś", "porozmawiać z kimś",
                                "połączyć z kimś", "żywy człowiek", "prawdziwy człowiek", "nie chcę rozmawiać z botem",
                                "real person", "live person", "talk to a person", "speak to a person", "talk to someone",
                                "speak to someone", "жива людина", "справжня людина"),
                        3,
                        List.of("godzina", "kiedy", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                                "niedziela", "weekend", "odbierać", "odebrać", "czynny", "pracować")),
                new RepeatedMisses(true, 2),
                new Complaint(true,
                        List.of("skarga", "zażalenie", "poskarżyć", "skarżyć", "reklamacja", "niezadowolony"),
                        List.of("urzędnik", "urzędniczka", "pracownik", "pracownica", "konsultant", "konsultantka",
                                "obsługa", "urząd", "infolinia", "asystent", "bot")),
                new PersonalCase(true,
                        List.of("numer sprawy", "znak sprawy", "sygnatura", "w mojej sprawie", "moje akta"),
                        List.of("sprawa", "wniosek", "decyzja", "podanie", "pismo", "odwołanie", "zgłoszenie", "skarga"),
                        List.of("etap", "status", "stan", "rozpatrzyć", "rozpatrywać", "rozpatrzenie", "czekać", "utknąć",
                                "opóźnienie", "dlaczego", "nadal", "wciąż")),
                new Frustration(true,
                        List.of("nic nie rozumiesz", "bez sensu", "mam dość", "ile razy można", "do niczego", "wkurzać",
                                "denerwować", "irytować", "żenada", "masakra", "znowu to samo", "ciągle to samo"),
                        3, 3),
                InfolineHours.KCK,
                Duration.ofMinutes(4),
                // KCK answers ~1,000 calls on a working day (245,000 a year); 500 requests left overnight or over a
                // weekend are already more than the morning shift can return before new calls arrive
                500);
    }
}
