package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar is named by what it holds, not by when it was built. */
class JarDigestTest {
    @TempDir
    Path folder;

    @Test
    void aJarRebuiltWithTheSameEntriesLaterHasTheSameIdentity() throws IOException {
        Map<String, String> entries = entries("class bytes");
        Path first = jar("first.jar", entries, 1_000_000_000_000L);
        Path rebuilt = jar("rebuilt.jar", entries, 1_700_000_000_000L);

        assertThat(JarDigest.ofEntries(rebuilt)).isEqualTo(JarDigest.ofEntries(first))
                .hasSize(64);
    }

    @Test
    void oneEntryBuiltDifferentlyGivesAnotherIdentity() throws IOException {
        Path before = jar("before.jar", entries("class bytes"), 1_000_000_000_000L);
        Path after = jar("after.jar", entries("class bytez"), 1_000_000_000_000L);

        assertThat(JarDigest.ofEntries(after)).isNotEqualTo(JarDigest.ofEntries(before));
    }

    @Test
    void anEntryAddedOrRenamedGivesAnotherIdentity() throws IOException {
        Map<String, String> added = entries("class bytes");
        added.put("io/github/copydesk/rule/check/NewCheck.class", "new class bytes");
        Map<String, String> renamed = new LinkedHashMap<>();
        entries("class bytes").forEach((name, content) -> renamed.put(name.replace("Check", "Rule"), content));
        String original = JarDigest.ofEntries(jar("original.jar", entries("class bytes"), 0L));

        assertThat(JarDigest.ofEntries(jar("added.jar", added, 0L))).isNotEqualTo(original);
        assertThat(JarDigest.ofEntries(jar("renamed.jar", renamed, 0L))).isNotEqualTo(original);
    }

    @Test
    void aClassLoadedFromAFolderHasNoDigest() {
        // The tests run copydesk from target/classes, where there is no jar to name.
        assertThat(JarDigest.of(JarDigest.class)).isEmpty();
    }

    @Test
    void aClassLoadedFromAJarHasTheDigestOfItsEntries() throws Exception {
        Path jar = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(JarDigest.of(Test.class)).isEqualTo(JarDigest.ofEntries(jar)).hasSize(64);
    }

    private static Map<String, String> entries(String checkBytes) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        entries.put("io/github/copydesk/rule/check/PromoLinkCheck.class", checkBytes);
        entries.put("org/jsoup/Jsoup.class", "library bytes");
        return entries;
    }

    private Path jar(String name, Map<String, String> entries, long time) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(time);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
