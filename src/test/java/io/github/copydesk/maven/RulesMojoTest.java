package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

@MojoTest
@Basedir("/unit/rules")
class RulesMojoTest {

    @Test
    @InjectMojo(goal = "rules", pom = "pom.xml")
    void failsWithTheCountOfFailingExamples(RulesMojo mojo) {
        // The built-in pack's examples and house-spelling's pass; 2 of wrong-example's 3 are wrong.
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageMatching("2 of \\d+ rule examples fail\\.");
    }

    @Test
    @InjectMojo(goal = "rules", pom = "pom.xml")
    @MojoParameter(name = "disabledRules", value = "wrong-example")
    void passesWhenEveryActiveRulesExamplesPass(RulesMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "rules", pom = "pom.xml")
    @MojoParameter(name = "disabledRules", value = "wrong-exampel")
    void aConfigurationProblemIsAnExecutionError(RulesMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("disabledRules: unknown rule 'wrong-exampel' (did you mean 'wrong-example'?)");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkStillStopsAtTheFirstLoadWithAFailingExample(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("style/wrong-example.yml:8: example of rule 'wrong-example' should be flagged but is not");
    }

    @Test
    @InjectMojo(goal = "rules", pom = "pom.xml")
    @MojoParameter(name = "disabledRules", value = ",wrong-example,,")
    @MojoParameter(name = "ruleDirectories", value = "style,,")
    void emptyItemsInListParametersAreIgnored(RulesMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }
}
