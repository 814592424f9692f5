package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuickCompilationTest {
    /** The JVM's printed directives, one per element, without the default one at the bottom. */
    private static List<String> directivesInThisJvm() throws Exception {
        return Arrays.stream(QuickCompilation.printedDirectives().split("Directive:"))
                .filter(directive -> directive.contains("matching:") && !directive.startsWith(" (default)"))
                .toList();
    }

    private static String c2Part(String directive) {
        return directive.substring(directive.indexOf("c2 directives:"));
    }

    @Test
    void theJvmKeepsCopydeskAndItsParsersFromTheOptimisingCompilerAndInlinesThemIntoNoJdkMethod() throws Exception {
        QuickCompilation.apply(LintListener.SILENT);

        List<String> directives = directivesInThisJvm();
        List<String> ours = directives.stream().filter(d -> d.contains("io/github/copydesk/*.*")
                && d.contains("org/jsoup/*.*") && d.contains("org/commonmark/*.*")).toList();
        assertThat(ours).hasSize(2);
        String excluded = ours.stream().filter(d -> d.lines().anyMatch(l -> l.contains("matching:")
                && l.contains("io/github/copydesk/*.*"))).findFirst().orElseThrow();
        assertThat(c2Part(excluded)).contains("Exclude:true");
        assertThat(excluded.substring(0, excluded.indexOf("c2 directives:"))).doesNotContain("Exclude:true");
        String callers = ours.stream().filter(d -> d.contains("java/util/*.*")).findFirst().orElseThrow();
        assertThat(c2Part(callers)).contains("-io/github/copydesk/*.*", "-org/jsoup/*.*", "-org/commonmark/*.*")
                .doesNotContain("Exclude:true");
    }

    @Test
    void aSecondGoalInTheSameJvmAddsNothing() throws Exception {
        QuickCompilation.apply(LintListener.SILENT);
        int before = directivesInThisJvm().size();

        StringBuilder said = new StringBuilder();
        QuickCompilation.apply(new LintListener() {
            @Override
            public void debug(String message) {
                said.append(message);
            }
        });

        assertThat(directivesInThisJvm()).hasSize(before);
        assertThat(said).isEmpty();
    }

    /** What {@link QuickCompilationProbe} prints in a JVM of its own, started with {@code jvmOptions}. */
    private static String probe(String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuickCompilationProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    @Test
    void aJvmStartedWithBothCompilersTakesTheDirectives() throws Exception {
        assertThat(probe()).contains("debug: copydesk's code runs on the JVM's quick compiler", "io/github/copydesk/*.*");
    }

    /** Kept from C2 with no C1 to take over, copydesk's code would be interpreted: some twenty times slower. */
    @ParameterizedTest
    @ValueSource(strings = {"-XX:-TieredCompilation", "-XX:CompilationMode=high-only"})
    void aJvmWithoutTheQuickCompilerIsLeftAsItIs(String option) throws Exception {
        assertThat(probe(option)).contains("debug: copydesk leaves the JVM's compilers as they are")
                .doesNotContain("io/github/copydesk/*.*");
    }
}
