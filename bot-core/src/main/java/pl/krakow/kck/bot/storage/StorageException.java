package pl.krakow.kck.bot.storage;

/** The database could not do what was asked; the caller answers with a 503, nothing half-done is kept. */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
