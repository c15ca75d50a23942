package pl.krakow.kck.distribution;

import java.util.List;
import java.util.Locale;

/**
 * The operating system and processor an artefact is for. The jlinked runtime is the building JDK's own,
 * so an artefact is always for the platform it is built on.
 *
 * @param name       the artefact's suffix, e.g. {@code linux-x64}
 * @param nativeDirs how libraries name this platform's folder of native code (onnxruntime {@code linux-x64},
 *                   DJL {@code linux-x86_64}, JNA {@code linux-x86-64})
 */
public record Platform(String name, List<String> nativeDirs) {

    public static final Platform LINUX_X64 = new Platform("linux-x64", List.of("linux-x64", "linux-x86_64", "linux-x86-64", "linux-amd64"));

    /** The platform of this JVM; only Linux on x86-64 is supported (and tested) so far. */
    public static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return LINUX_X64;
        }
        throw new IllegalStateException("the distribution is built for Linux on x86-64 only; this JDK runs on " + os + " " + arch);
    }
}
