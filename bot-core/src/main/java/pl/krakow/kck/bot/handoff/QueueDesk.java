package pl.krakow.kck.bot.handoff;

import java.time.Duration;

import pl.krakow.kck.bot.storage.StoredMessage;

/**
 * The built-in consultants' side: the case waits in the database queue that the consultants' console
 * shows. It accepts every request and tells the resident their place in the live queue and the expected
 * wait (place × the configured time per conversation). The console runs in the same process and reads the
 * transcript and {@link HandoffEvents} itself, so resident messages and withdrawals need no forwarding.
 */
public final class QueueDesk implements ConsultantDesk {

    private final HandoffRepository repository;
    private final Duration perConversation;

    public QueueDesk(HandoffRepository repository, Duration perConversation) {
        this.repository = repository;
        this.perConversation = perConversation;
    }

    @Override
    public Initiation initiate(HandoffRequest request) {
        if (request.handoff().mode() == HandoffMode.CALLBACK) {
            return new Initiation.Accepted(0, Duration.ZERO);
        }
        int position = repository.position(request.handoff());
        return new Initiation.Accepted(position, perConversation.multipliedBy(Math.max(1, position)));
    }

    @Override
    public void residentWrote(HandoffCase handoff, StoredMessage message) {
        // the console listens to ConversationEvents directly
    }

    @Override
    public void withdrawn(HandoffCase handoff) {
        // the console listens to HandoffEvents directly
    }
}
