package pl.krakow.kck.evaluation.questions;

/** A question file that cannot be read; the message names the file and line. */
public final class QuestionFileException extends Exception {

    public QuestionFileException(String message) {
        super(message);
    }
}
