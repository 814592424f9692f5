package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.check.BuiltInChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An example is read in its rule's scope, so a headline rule's example is a headline. */
class RuleExamplesInScopeTest {
    private final RuleFileParser parser = new RuleFileParser(BuiltInChecks.byName());

    private List<String> outcomes(String yaml) throws Exception {
        Rule rule = parser.parse("style/r.yml", yaml);
        return RuleExamples.run(rule).stream().map(outcome -> (outcome.passed() ? "PASS " : "FAIL ")
                + RuleExamples.describe(rule, outcome)).toList();
    }

    @Test
    void aHeadlineRulesExampleIsAHeadline() throws Exception {
        assertThat(outcomes("""
                id: headline-words
                check: metric
                severity: error
                message: m
                scope: [HEADLINE]
                options: {measure: words, max: 4}
                examples:
                  flag: ["Council passes the harbour budget"]
                  pass: ["Council passes budget"]
                """)).containsExactly(
                "PASS style/r.yml:8: example of rule 'headline-words' is flagged: \"Council passes the harbour budget\"",
                "PASS style/r.yml:9: example of rule 'headline-words' passes: \"Council passes budget\"");
    }

    @Test
    void aMetadataRulesExampleIsTheValueOfItsField() throws Exception {
        assertThat(outcomes("""
                id: title-caps
                check: existence
                severity: error
                message: m
                scope: [metadata.title]
                options: {patterns: ['^[a-z]']}
                examples:
                  flag: ["ferry crews strike"]
                  pass: ["Ferry crews strike", "  Ferry crews strike"]
                """)).containsExactly(
                "PASS style/r.yml:8: example of rule 'title-caps' is flagged: \"ferry crews strike\"",
                "PASS style/r.yml:9: example of rule 'title-caps' passes: \"Ferry crews strike\"",
                "PASS style/r.yml:9: example of rule 'title-caps' passes: \"Ferry crews strike\"");
    }

    @Test
    void everyOutcomeIsReportedFailuresIncluded() throws Exception {
        assertThat(outcomes("""
                id: kyiv
                check: substitution
                severity: error
                message: m
                when: {section: [WORLD]}
                options: {swap: {Kiev: Kyiv}}
                examples:
                  flag: ["Trains to Kyiv.", "Trains to Kiev."]
                  pass: ["Kiev again."]
                """)).containsExactly(
                "FAIL style/r.yml:8: example of rule 'kyiv' should be flagged but is not: \"Trains to Kyiv.\"",
                "PASS style/r.yml:8: example of rule 'kyiv' is flagged: \"Trains to Kiev.\"",
                "FAIL style/r.yml:9: example of rule 'kyiv' should pass but is flagged: \"Kiev again.\"");
    }
}
