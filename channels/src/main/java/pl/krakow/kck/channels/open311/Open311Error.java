package pl.krakow.kck.channels.open311;

import io.helidon.http.Status;

/** A request the Open311 endpoint refuses: answered as the GeoReport v2 error list, in JSON or XML. */
final class Open311Error extends RuntimeException {

    private final transient Status status;

    Open311Error(Status status, String description) {
        super(description);
        this.status = status;
    }

    Status status() {
        return status;
    }
}
