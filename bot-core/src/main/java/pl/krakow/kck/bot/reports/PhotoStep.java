package pl.krakow.kck.bot.reports;

import java.util.List;

import pl.krakow.kck.bot.dialogue.Reply;
import pl.krakow.kck.bot.reports.FormChoice.Kind;
import pl.krakow.kck.bot.text.Lang;
import pl.krakow.kck.bot.text.Messages;

/** A photo of the problem (optional). The photo itself arrives through the channel's upload, at any step. */
final class PhotoStep implements Step {

    private final FormContext form;

    PhotoStep(FormContext form) {
        this.form = form;
    }

    @Override
    public String id() {
        return ReportDraft.PHOTO;
    }

    @Override
    public boolean missing(ReportDraft draft) {
        return draft.photoId() == null && !draft.skipped().contains(ReportDraft.PHOTO);
    }

    @Override
    public void ask(ReportDraft draft, boolean editing, StringBuilder text, List<Reply.Option> options) {
        text.append(ReportPhrases.askPhoto(Math.max(1, form.maxPhotoBytes() / (1024 * 1024))));
        options.add(new Reply.Option(FormChoice.id(Kind.PHOTO), Messages.text(Lang.resident(), "reports.photo-option")));
        options.add(new Reply.Option(FormChoice.id(Kind.SKIP), Messages.text(Lang.resident(), "reports.skip")));
        Step.current(text, editing, draft.photoId() == null ? null : Messages.text(Lang.resident(), "reports.photo-attached"));
    }

    @Override
    public StepOutcome accept(ReportDraft draft, StepAnswer answer) {
        if (answer.skips()) {
            draft.photoId(null);
            draft.skipped().add(ReportDraft.PHOTO);
            return StepOutcome.ACCEPTED;
        }
        return new StepOutcome.Invalid(Messages.text(Lang.resident(), "reports.photo-waiting"), answer.typed());
    }

    /** Attaches an uploaded photo of this conversation; false when the photo is not the conversation's. */
    boolean attach(ReportDraft draft, String conversationId, long photoId) {
        if (!form.photos().belongsTo(photoId, conversationId)) {
            return false;
        }
        draft.photoId(photoId);
        draft.skipped().remove(ReportDraft.PHOTO);
        return true;
    }

    @Override
    public boolean namedIn(String said) {
        return said.matches(".*\\b(zdjeci|foto|fotk)\\w*.*");
    }

    @Override
    public boolean correctable(ReportDraft draft) {
        return draft.category() != null;
    }
}
