package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
