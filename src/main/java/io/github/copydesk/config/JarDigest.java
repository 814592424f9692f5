package io.github.copydesk.config;

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
 * The digest of the jar a class was loaded from: a snapshot rebuilt under the same version is other
 * code, and what it finds may differ. It is taken over the jar's table of contents, every entry's
 * name, size and CRC-32, which the jar keeps in one place: any entry rebuilt differently changes it,
 * and reading it costs less than hashing the jar. A class loaded from a folder (tests) has no jar,
 * and the digest is empty.
 */
public final class JarDigest {
    private JarDigest() {
    }

    public static String of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? ofEntries(location) : "";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    static String ofEntries(Path jar) throws IOException {
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
