package pl.krakow.kck.bot.knowledge;

/**
 * Something wrong with a knowledge-base file, located so that an editor can find it.
 *
 * @param file    path relative to the knowledge-base folder
 * @param line    1-based line number, 0 when the problem concerns the whole file
 * @param message what is wrong, in English for the city's IT
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
