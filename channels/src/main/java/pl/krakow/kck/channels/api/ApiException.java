package pl.krakow.kck.channels.api;

import io.helidon.http.Status;

/**
 * A request the API refuses, turned into an RFC 9457 problem-details response by {@link ProblemHandler}.
 *
 * @see Problem
 */
public final class ApiException extends RuntimeException {

    private final transient Problem problem;
    private final long retryAfterSeconds;

    public ApiException(Problem problem) {
        this(problem, -1);
    }

    private ApiException(Problem problem, long retryAfterSeconds) {
        super(problem.detail(), null, false, false); // a refusal, not a fault: no stack trace
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same refusal with a Retry-After header (headers set on the response before throwing are lost). */
    public ApiException retryAfter(long seconds) {
        return new ApiException(problem, seconds);
    }

    /** Seconds for the Retry-After header; negative when there is none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException of(Status status, String type, String title, String detailPl, String detailEn) {
        return new ApiException(new Problem(status, type, title, detailPl, detailEn));
    }

    public Problem problem() {
        return problem;
    }
}
