package io.github.copydesk.engine;

import io.github.copydesk.text.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HexFormat;

/**
 * The digest of the jar the engine runs from, computed once: a snapshot rebuilt under the same
 * version is other code, and its findings may differ. Run from a classes folder (the plugin's own
 * tests), there is no jar and the digest is empty.
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
            return Files.isRegularFile(location) ? HexFormat.of().formatHex(Sha256.of(Files.readAllBytes(location))) : "";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }
}
