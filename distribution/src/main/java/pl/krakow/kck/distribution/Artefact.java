package pl.krakow.kck.distribution;

import java.nio.file.Path;
import java.util.SortedSet;

/**
 * A built distribution.
 *
 * @param tarball   {@code kck-assistant-<version>-<platform>.tar.gz}
 * @param folder    the same, unpacked (the folder the tarball was made from)
 * @param modules   the JDK modules of its runtime
 * @param bytes     the tarball's size
 */
public record Artefact(Path tarball, Path folder, SortedSet<String> modules, long bytes) {

    public static final String NAME = "kck-assistant";
}
