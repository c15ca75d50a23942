package pl.krakow.kck.evaluation.dialogues;

import java.util.List;

/**
 * One dialogue line of a question file: turns sent one after another to one fresh conversation.
 *
 * @param line    1-based line number in the file, for messages
 * @param variant label for grouping scores
 */
public record Dialogue(int line, String id, String variant, List<DialogueTurn> turns) {

    public Dialogue {
        turns = List.copyOf(turns);
    }
}
