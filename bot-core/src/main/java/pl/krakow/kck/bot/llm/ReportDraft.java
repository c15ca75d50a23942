package pl.krakow.kck.bot.llm;

/**
 * A problem report read out of a resident's free text by the chat model, not yet confirmed by them.
 *
 * @param category    one of the category codes the extractor was given
 * @param location    where the problem is, as the resident put it (street and number, a landmark); null when not said
 * @param description what is wrong, in the resident's words, tidied
 */
public record ReportDraft(String category, String location, String description) {
}
