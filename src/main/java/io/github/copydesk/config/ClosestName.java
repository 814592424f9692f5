package io.github.copydesk.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the valid name a misspelt one was most likely meant to be. */
public final class ClosestName {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private ClosestName() {
    }

    /**
     * The valid name nearest to {@code given}, if one is near enough to be a plausible typo:
     * at most a third of the name's length away.
     */
    public static Optional<String> to(String given, Collection<String> valid) {
        String needle = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int distance = DISTANCE.apply(needle, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, best.length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** " (did you mean 'x'?)" or nothing, for the end of an error message. */
    public static String hint(String given, Collection<String> valid) {
        return to(given, valid).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }
}
