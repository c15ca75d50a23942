package pl.krakow.kck.bot.knowledge;

/** An article file that cannot be read as an article; carries the file and line. */
public final class ArticleFormatException extends Exception {

    private final transient Problem problem;

    public ArticleFormatException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
