package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformJarTest {

    private final PlatformJar linux = new PlatformJar(Platform.LINUX_X64);

    @TempDir
    Path folder;

    @Test
    void should_keep_this_platforms_native_libraries_as_each_library_names_its_folder() {
        assertTrue(linux.keeps("ai/onnxruntime/native/linux-x64/libonnxruntime.so"));
        assertTrue(linux.keeps("native/lib/linux-x86_64/cpu/libtokenizers.so"));
        assertTrue(linux.keeps("com/sun/jna/linux-x86-64/libjnidispatch.so"));
    }

    @Test
    void should_drop_other_platforms_and_debug_symbols() {
        assertFalse(linux.keeps("ai/onnxruntime/native/linux-aarch64/libonnxruntime.so"));
        assertFalse(linux.keeps("ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib"));
        assertFalse(linux.keeps("ai/onnxruntime/native/win-x64/onnxruntime.dll"));
        assertFalse(linux.keeps("ai/onnxruntime/native/win-x64/onnxruntime.pdb"));
        assertFalse(linux.keeps("ai/onnxruntime/native/osx-x64/libonnxruntime.dylib.dSYM/Contents/Resources/DWARF/libonnxruntime.dylib"));
        assertFalse(linux.keeps("com/sun/jna/aix-ppc64/libjnidispatch.a"));
        assertFalse(linux.keeps("com/sun/jna/darwin-aarch64/libjnidispatch.jnilib"));
        assertFalse(linux.keeps("com/sun/jna/linux-arm/libjnidispatch.so"));
    }

    @Test
    void should_keep_classes_resources_and_native_code_that_names_no_platform() {
        assertTrue(linux.keeps("ai/onnxruntime/OrtSession.class"));
        assertTrue(linux.keeps("native/lib/tokenizers.properties"));
        assertTrue(linux.keeps("win/Something.class"));
        assertTrue(linux.keeps("lib/libhelper.so"));
    }

    @Test
    void should_copy_a_jar_without_what_it_drops_and_a_jar_with_nothing_to_drop_byte_for_byte() throws Exception {
        Path mixed = jar("mixed.jar", List.of("a/A.class", "native/linux-x64/liba.so", "native/win-x64/a.dll"));
        Path trimmed = folder.resolve("out-mixed.jar");
        PlatformJar.Trimmed result = linux.copy(mixed, trimmed);
        assertEquals(List.of("native/win-x64/a.dll"), result.dropped());
        try (ZipFile zip = new ZipFile(trimmed.toFile())) {
            assertEquals(List.of("a/A.class", "native/linux-x64/liba.so"), zip.stream().map(ZipEntry::getName).toList());
            assertEquals("content of a/A.class", new String(zip.getInputStream(zip.getEntry("a/A.class")).readAllBytes(), StandardCharsets.UTF_8));
        }

        Path plain = jar("plain.jar", List.of("b/B.class"));
        Path copied = folder.resolve("out-plain.jar");
        assertTrue(linux.copy(plain, copied).dropped().isEmpty());
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(copied));
    }

    private Path jar(String name, List<String> entries) throws Exception {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
