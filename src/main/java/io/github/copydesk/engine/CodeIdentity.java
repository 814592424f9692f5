package io.github.copydesk.engine;

import io.github.copydesk.config.JarDigest;

/**
 * The digest of the jar the engine runs from, computed once. The jar holds copydesk's own classes
 * and resources; the libraries are separate artifacts, named in the cache's key by their
 * coordinates, and checks from other jars are in the rule set's fingerprint.
 */
final class CodeIdentity {
    static final String DIGEST = JarDigest.of(CodeIdentity.class);

    private CodeIdentity() {
    }
}
