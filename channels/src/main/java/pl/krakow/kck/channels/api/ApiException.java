package pl.krakow.kck.channels.api;

import io.helidon.http.Status;

/**
 * A request the API refuses, turned into an RFC 9457 problem-details response by {@link ProblemHandler}.
 *
 * @see Problem
 */
public final class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ApiException of(Status status, String type, String title, String detailPl, String detailEn) {
        return new ApiException(new Problem(status, type, title, detailPl, detailEn));
    }

    public Problem problem() {
        return problem;
    }
}
