package pl.krakow.kck.bot.reports;

import java.util.List;
import java.util.stream.Collectors;

import pl.krakow.kck.bot.knowledge.Problem;

/** The category catalogue cannot be used; every problem found is listed with its file and line. */
public final class CatalogueException extends Exception {

    private final transient List<Problem> problems;

    public CatalogueException(List<Problem> problems) {
        super("the category catalogue has problems:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
