package pl.krakow.kck.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import pl.krakow.kck.bot.retrieval.Candidate;
import pl.krakow.kck.bot.retrieval.QueryConcept;
import pl.krakow.kck.bot.retrieval.SearchResult;

/**
 * Another institution's matter named in a follow-up that the subject's own article speaks of: "a jakbym potrzebował
 * do ZUS?" after the fee for a civil-status copy (free when it is for ZUS), "a PIT rozliczam w Wieliczce, to coś
 * zmienia?" after the clean-transport zone's exemption (for residents who file PIT in Kraków). The resident asks how
 * the other institution bears on the subject, not for that institution's matter: a follow-up on the subject, not a
 * referral. Not when what the article does not hold still names another institution's matter ("a zasiłek
 * macierzyński z ZUS jak dostać?": the copy's article speaks of ZUS, not of the maternity allowance), nor when the
 * follow-up is answered clearly on its own despite the other matter.
 */
final class SubjectsOwnMatter {

    private SubjectsOwnMatter() {
    }

    /**
     * Whether the first article of the conversation's topic, found for the follow-up with the subject's words, holds
     * each word of the follow-up that names another institution's matter on its own, and what it does not hold names
     * none.
     *
     * @param clearCoverage coverage at which a question naming the subject's topic is answered despite the other matter
     */
    static boolean spokenOf(String text, SearchResult alone, List<QueryConcept> subject, DialogueState state,
                            double clearCoverage, Function<String, SearchResult> search) {
        if (!state.hasSubject() || state.topic() == null || state.words() == null || state.words().isBlank()) {
            return false;
        }
        SearchResult onItsOwn = alone.naming(state.topic()); // a follow-up need not name the subject's topic again
        if (onItsOwn.best().filter(c -> c.coverage() >= clearCoverage && onItsOwn.mayAnswerDespiteRedirect(c)).isPresent()) {
            return false; // "jestem zameldowany i płacę PIT w Krakowie" after the zone's exemption: answered as it is
        }
        SearchResult combined = search.apply(text + " " + state.words());
        Optional<Candidate> onSubject = combined.candidates().stream().filter(c -> c.article().topic().equals(state.topic())).findFirst();
        if (onSubject.isEmpty()) {
            return false;
        }
        boolean institutionHeld = false;
        List<String> unheld = new ArrayList<>();
        for (QueryConcept concept : subject) {
            String typed = String.join(" ", SubjectConcepts.typed(concept));
            if (SubjectConcepts.covers(combined, state.topic(), List.of(concept), false)) {
                institutionHeld |= search.apply(typed).redirect() != null;
            } else {
                unheld.add(typed);
            }
        }
        return institutionHeld && (unheld.isEmpty() || search.apply(String.join(" ", unheld)).redirect() == null);
    }
}
