package io.github.copydesk.engine;

import io.github.copydesk.text.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The digest of the jar the engine runs from, computed once: a snapshot rebuilt under the same
 * version is other code, and its findings may differ. The jar holds copydesk's own classes and
 * resources; the libraries are separate artifacts, named in the cache's key by their coordinates.
 * The digest is taken over the jar's table of contents, every entry's name, size and CRC-32, which
 * the jar keeps in one place: any entry rebuilt differently changes it, and reading it costs less
 * than hashing the jar. Run from a classes folder (the plugin's own tests), there is no jar and the
 * digest is empty.
 */
final class CodeIdentity {
    static final String DIGEST = digest();

    private CodeIdentity() {
    }

    private static String digest() {
        try {
            CodeSource source = CodeIdentity.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? digestOfEntries(location) : "";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    static String digestOfEntries(Path jar) throws IOException {
        Sha256 digest = Sha256.start();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                digest.add(entry.getName()).add(entry.getSize()).add(entry.getCrc());
            }
        }
        return digest.hex();
    }
}
