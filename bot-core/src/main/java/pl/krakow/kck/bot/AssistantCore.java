package pl.krakow.kck.bot;

import java.time.Duration;

import pl.krakow.kck.bot.dialogue.AnswerPolicy;
import pl.krakow.kck.bot.handoff.HandoffSettings;
import pl.krakow.kck.bot.text.Infoline;
import pl.krakow.kck.bot.text.Messages;

/**
 * What the configuration decides about the assistant's replies, in one value that {@code serve}, {@code eval},
 * {@code ask} and {@code bench} all build from the same configuration (channels' {@code Settings.core()}):
 * the answer policy's thresholds, the handoff rules and the infoline's hours, the report form's photo limit
 * and draft lifetime, and the infoline's number.
 */
public record AssistantCore(double answerThreshold, double clarifyThreshold, HandoffSettings handoff, int maxPhotoBytes,
                            Duration draftLifetime, String infolinePhone) {

    /** The built-in defaults (what an empty configuration gives). */
    public static final AssistantCore DEFAULTS = new AssistantCore(AnswerPolicy.DEFAULT_ANSWER_THRESHOLD,
            AnswerPolicy.DEFAULT_CLARIFY_THRESHOLD, HandoffSettings.defaults(), 5 * 1024 * 1024, Duration.ofHours(24),
            Infoline.KCK.phone());

    public AnswerPolicy policy() {
        return new AnswerPolicy(answerThreshold, clarifyThreshold);
    }

    /** The infoline the texts name: the configured number with the handoff's hours. */
    public Infoline infoline() {
        return handoff.hours().infoline(infolinePhone);
    }

    /** Makes the message catalogues say this infoline; done once, when the assistant is assembled. */
    public AssistantCore applyTexts() {
        Messages.infoline(infoline());
        return this;
    }
}
