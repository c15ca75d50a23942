package pl.krakow.kck.bot.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CacheFolderTest {

    @Test
    void should_use_the_configured_folder_when_there_is_one() {
        assertEquals(Path.of("/srv/kck/cache"), CacheFolder.or(Path.of("/srv/kck/cache")));
    }

    @Test
    void should_default_to_a_folder_per_user_in_the_temporary_folder() {
        Path folder = CacheFolder.or(null);
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), folder.getParent());
        assertEquals("kck-cache-" + System.getProperty("user.name"), folder.getFileName().toString());
    }
}
