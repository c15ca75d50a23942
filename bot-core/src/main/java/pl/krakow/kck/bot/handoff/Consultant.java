package pl.krakow.kck.bot.handoff;

/** A console account: {@code login} identifies it, {@code displayName} is what residents and colleagues see. */
public record Consultant(String login, String displayName, Role role, boolean active) {

    public boolean isSupervisor() {
        return role == Role.SUPERVISOR;
    }

    /** Editors and supervisors review unanswered questions and change the knowledge base. */
    public boolean mayReview() {
        return role == Role.EDITOR || role == Role.SUPERVISOR;
    }
}
