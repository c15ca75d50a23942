package pl.krakow.kck.distribution;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * The JDK modules the application needs, found the way jlink's users are told to: {@code jdeps
 * --print-module-deps} over the jars that are not modules, and the {@code requires} of those that are (their
 * descriptors are exact, and jdeps refuses a modular jar whose own requirements it cannot resolve, as
 * lucene-analysis-morfologik's on the Ukrainian dictionary). Optional requirements ({@code requires static})
 * are left out: on the class path nothing loads them unless used, and jdeps sees real uses in plain jars.
 */
final class RuntimeModules {

    /** Modules no static analysis finds, each with the reason it is there. */
    static final List<String> ALWAYS = List.of(
            "jdk.crypto.ec",        // TLS with elliptic-curve keys (an empty alias of java.base since JDK 22; harmless)
            "jdk.localedata",       // Polish, Ukrainian and English locale data (jlink keeps only those locales)
            "jdk.jcmd");            // jcmd <pid> Thread.print / GC.heap_info for diagnosing a production service

    /**
     * Modules the analysis finds that the service is started without, each with the reason: Lucene refers to the
     * incubating vector module, but the service runs without it (bin/kck-assistant and ./kck serve do not add it: with
     * it the JVM cannot map the AOT cache's module graph; Lucene then scores with its scalar code at the same cost).
     */
    static final List<String> NEVER = List.of("jdk.incubator.vector");

    private RuntimeModules() {
    }

    static SortedSet<String> of(List<Path> jars) {
        SortedSet<String> modules = new TreeSet<>(ALWAYS);
        List<Path> plain = new ArrayList<>();
        for (Path jar : jars) {
            Optional<ModuleDescriptor> descriptor = explicitModule(jar);
            if (descriptor.isPresent()) {
                descriptor.get().requires().stream()
                        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name)
                        .filter(RuntimeModules::isJdkModule)
                        .forEach(modules::add);
            } else {
                plain.add(jar);
            }
        }
        modules.addAll(jdeps(plain, jars));
        return kept(modules);
    }

    /** The modules found, without those the service is started without ({@link #NEVER}). */
    static SortedSet<String> kept(Collection<String> found) {
        SortedSet<String> modules = new TreeSet<>(found);
        NEVER.forEach(modules::remove);
        return modules;
    }

    private static Optional<ModuleDescriptor> explicitModule(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                    .filter(d -> !d.isAutomatic()).findFirst();
        } catch (FindException e) { // not a module, and no valid automatic module name: a plain jar
            return Optional.empty();
        }
    }

    private static boolean isJdkModule(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.");
    }

    private static List<String> jdeps(List<Path> roots, List<Path> classPath) {
        if (roots.isEmpty()) {
            return List.of();
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps is missing: build the distribution with a JDK, not a JRE"));
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "-q",
                "--multi-release", Integer.toString(Runtime.version().feature()),
                "--class-path", classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
        roots.forEach(root -> args.add(root.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + err + out);
        }
        return Arrays.stream(out.toString().trim().split("[,\\s]+")).filter(RuntimeModules::isJdkModule).toList();
    }
}
