package pl.krakow.kck.evaluation.run;

import java.nio.file.Path;
import java.util.List;

import pl.krakow.kck.bot.knowledge.Problem;

/** The knowledge-base folder has problems; the message lists every one with its file and line. */
public final class InvalidKnowledgeBaseException extends Exception {

    public InvalidKnowledgeBaseException(Path folder, List<Problem> problems) {
        super("knowledge base " + folder + " has " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
    }
}
