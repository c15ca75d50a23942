package pl.krakow.kck.evaluation.run;

import java.io.IOException;
import java.nio.file.Path;

import pl.krakow.kck.bot.knowledge.KnowledgeBase;
import pl.krakow.kck.bot.knowledge.KnowledgeBaseLoader;

/** Loads a knowledge-base folder as the service does, refusing one with any problem. */
public final class KnowledgeBaseFolder {

    private KnowledgeBaseFolder() {
    }

    public static KnowledgeBase load(Path folder) throws IOException, InvalidKnowledgeBaseException {
        KnowledgeBaseLoader.Result result = new KnowledgeBaseLoader().load(folder);
        if (!result.ok()) {
            throw new InvalidKnowledgeBaseException(folder, result.problems());
        }
        return result.knowledgeBase();
    }
}
