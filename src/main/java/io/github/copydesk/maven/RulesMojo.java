package io.github.copydesk.maven;

import io.github.copydesk.config.RuleExamples;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.rule.Rule;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists the active rules (the built-in pack and the {@code ruleDirectories}, minus
 * {@code disabledRules}, at the levels {@code severities} gives them) and runs every rule's
 * examples, printing which pass; fails when one does not. Runs without a pom too.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractCopydeskMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        RuleSet rules = loadRules(baseDirectory(), false);
        int examples = 0;
        int failures = 0;
        for (Rule rule : rules.rules()) {
            getLog().info(line(rule));
            List<RuleExamples.Outcome> outcomes = RuleExamples.run(rule);
            for (RuleExamples.Outcome outcome : outcomes) {
                examples++;
                if (outcome.passed()) {
                    getLog().info("  PASS " + RuleExamples.describe(rule, outcome));
                } else {
                    failures++;
                    getLog().error("  FAIL " + RuleExamples.describe(rule, outcome));
                }
            }
        }
        String summary = rules.rules().size() + plural(rules.rules().size(), " rule") + ", " + examples
                + plural(examples, " example") + ": " + (examples - failures) + " pass, " + failures + " fail.";
        if (failures > 0) {
            getLog().error(summary);
            throw new MojoFailureException(failures + " of " + examples + " rule examples fail.");
        }
        getLog().info(summary);
    }

    /** id | check | severity | scope (and when) | rule file | description. */
    static String line(Rule rule) {
        String scope = rule.scope() + (rule.when().isEveryArticle() ? "" : " when " + rule.when());
        String description = rule.description().strip().replaceAll("\\s+", " ");
        return String.join(" | ", rule.id(), rule.checkName(), rule.severity().id(), scope, rule.origin(), description);
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
