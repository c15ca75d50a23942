package pl.krakow.kck.bot.storage;

import java.nio.file.Path;

/**
 * Where derived data that only speeds the start up is kept (the language identifier's compact models, the built
 * indexes, the analysed words): the configured folder ({@code kck.cache-dir}), or {@code kck-cache-<user>} in the
 * temporary folder. One place for that default, which the service's settings and the language models both use.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** @param configured the configured folder, or null for the default */
    public static Path or(Path configured) {
        return configured != null ? configured : byDefault();
    }

    /** {@code kck-cache-<user>} in the temporary folder: per user, so that two accounts on a machine do not share it. */
    public static Path byDefault() {
        return Path.of(System.getProperty("java.io.tmpdir"), "kck-cache-" + System.getProperty("user.name"));
    }
}
