package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.CheckProvider;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.check.BuiltInChecks;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks from other jars are found through {@link java.util.ServiceLoader}, beside the built-in ones. */
class CheckTypesTest {
    @TempDir
    Path folder;

    /** A provider a newsroom's jar could hold: one check that flags nothing. */
    public static final class BylineProvider implements CheckProvider {
        @Override
        public List<CheckType> checkTypes() {
            return List.of(new CheckType("byline-style", Set.of("pattern"), Set.of(BlockKind.DATELINE),
                    options -> (article, scope, report) -> { }));
        }
    }

    /** A provider whose check takes a built-in check's name. */
    public static final class ClashingProvider implements CheckProvider {
        @Override
        public List<CheckType> checkTypes() {
            return List.of(new CheckType("promo-link", Set.of(), Set.of(BlockKind.PARAGRAPH),
                    options -> (article, scope, report) -> { }));
        }
    }

    @Test
    void aProviderOnTheClassPathAddsItsChecksAfterTheBuiltInOnes() throws IOException {
        List<String> problems = new ArrayList<>();

        CheckTypes types = CheckTypes.discovered(loaderListing(BylineProvider.class.getName()), problems);

        assertThat(problems).isEmpty();
        assertThat(types.byName()).containsKeys(BuiltInChecks.byName().keySet().toArray(String[]::new))
                .containsKey("byline-style");
        assertThat(List.copyOf(types.byName().keySet())).last().isEqualTo("byline-style");
        assertThat(types.codeIdentities()).containsOnlyKeys("byline-style");
        assertThat(types.codeIdentities().get("byline-style")).startsWith(BylineProvider.class.getName());
    }

    @Test
    void aCheckNamedLikeABuiltInOneIsAProblemAndTheBuiltInOneStays() throws IOException {
        List<String> problems = new ArrayList<>();

        CheckTypes types = CheckTypes.discovered(loaderListing(ClashingProvider.class.getName()), problems);

        assertThat(problems).singleElement().asString().contains(ClashingProvider.class.getName())
                .contains("check 'promo-link' is already defined by the built-in checks");
        assertThat(types.byName().get("promo-link")).isSameAs(BuiltInChecks.byName().get("promo-link"));
    }

    @Test
    void aProviderThatCannotBeLoadedIsAProblemNotACrash() throws IOException {
        List<String> problems = new ArrayList<>();

        CheckTypes types = CheckTypes.discovered(loaderListing("org.example.MissingProvider"), problems);

        assertThat(problems).singleElement().asString().contains("cannot be loaded")
                .contains("org.example.MissingProvider");
        assertThat(types.byName()).containsOnlyKeys(BuiltInChecks.byName().keySet().toArray(String[]::new));
    }

    @Test
    void withNoProviderTheChecksAreTheBuiltInOnes() {
        List<String> problems = new ArrayList<>();

        CheckTypes types = CheckTypes.discovered(CheckTypesTest.class.getClassLoader(), problems);

        assertThat(problems).isEmpty();
        assertThat(types.byName()).isEqualTo(BuiltInChecks.byName());
    }

    /** A class loader over the test classes that lists {@code provider} as a check provider. */
    private ClassLoader loaderListing(String provider) throws IOException {
        Path services = Files.createDirectories(folder.resolve("META-INF/services"));
        Files.writeString(services.resolve(CheckProvider.class.getName()), provider + "\n");
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, CheckTypesTest.class.getClassLoader());
    }
}
