package io.github.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend only downward, in this order from the bottom: {@code article}, {@code text},
 * {@code rule}, {@code config}, {@code engine}, {@code report}, {@code maven}; and only
 * {@code maven} knows Maven. Read from the sources, imports and qualified names alike.
 */
class PackageDependenciesTest {
    private static final List<String> FROM_THE_BOTTOM =
            List.of("article", "text", "rule", "config", "engine", "report", "maven");
    private static final Path SOURCES = Path.of("src/main/java/io/github/copydesk");
    private static final Pattern OWN_PACKAGE = Pattern.compile("\\bio\\.github\\.copydesk\\.([a-z]+)\\b");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Path source : sources()) {
            String own = packageOf(source);
            Matcher used = OWN_PACKAGE.matcher(Files.readString(source));
            while (used.find()) {
                if (FROM_THE_BOTTOM.indexOf(used.group(1)) > FROM_THE_BOTTOM.indexOf(own)) {
                    upward.add(SOURCES.relativize(source) + " uses " + used.group(1));
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    @Test
    void onlyTheMavenPackageKnowsMaven() throws IOException {
        List<String> knowing = new ArrayList<>();
        for (Path source : sources()) {
            if (!packageOf(source).equals("maven") && Files.readString(source).contains("org.apache.maven")) {
                knowing.add(SOURCES.relativize(source).toString());
            }
        }
        assertThat(knowing).isEmpty();
    }

    @Test
    void everySourceIsInOneOfThePackages() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(source -> assertThat(FROM_THE_BOTTOM).contains(packageOf(source)));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path source) {
        return SOURCES.relativize(source).getName(0).toString();
    }
}
