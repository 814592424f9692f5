package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.check.BuiltInChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTest {
    @TempDir
    Path base;

    private RuleSetLoader loader() {
        Map<String, io.github.copydesk.rule.CheckType> types = new HashMap<>(BuiltInChecks.byName());
        types.putAll(WordCheck.TYPES);
        return new RuleSetLoader(types);
    }

    private Path ruleDirectory(String fileName, String yaml) throws Exception {
        Path directory = Files.createDirectories(base.resolve("style"));
        Files.writeString(directory.resolve(fileName), yaml);
        return directory;
    }

    @Test
    void loadsTheBuiltInPackWithPassingExamples() throws Exception {
        RuleSet rules = new RuleSetLoader().load(RuleSettings.defaults(base));

        assertThat(rules.rules()).extracting(Rule::id).contains("promo-link", "source-line");
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(RuleExamples.failures(rule)).isEmpty());
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.examples().flag()).isNotEmpty());
    }

    @Test
    void addsTheUsersRules() throws Exception {
        Path style = ruleDirectory("banned.yml", "id: banned\ncheck: word\nseverity: warning\nmessage: m\n");

        RuleSet rules = loader().load(new RuleSettings(base, List.of(style), List.of(), null));

        assertThat(rules.rules()).extracting(Rule::id).contains("promo-link", "source-line", "banned");
        assertThat(rules.rules()).filteredOn(r -> r.id().equals("banned")).extracting(Rule::origin)
                .containsExactly("style/banned.yml");
    }

    @Test
    void aUserRuleWithABuiltInIdReplacesIt() throws Exception {
        Path style = ruleDirectory("promo.yml", "id: promo-link\ncheck: word\nseverity: info\nmessage: m\n");

        RuleSet rules = loader().load(new RuleSettings(base, List.of(style), List.of(), null));

        assertThat(rules.rules()).filteredOn(r -> r.id().equals("promo-link"))
                .singleElement().extracting(Rule::checkName).isEqualTo("word");
    }

    @Test
    void twoUserRulesWithOneIdAreAnError() throws Exception {
        Path style = ruleDirectory("a.yml", "id: same\ncheck: word\nseverity: info\nmessage: m\n");
        Files.writeString(style.resolve("b.yml"), "id: same\ncheck: word\nseverity: info\nmessage: m\n");

        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(style), List.of(), null)))
                .hasMessageContaining("style/b.yml: rule id 'same' is already defined in style/a.yml");
    }

    @Test
    void aRuleWhoseOwnExamplesFailStopsTheLoad() throws Exception {
        Path style = ruleDirectory("broken.yml", """
                id: broken
                check: word
                severity: error
                message: m
                examples:
                  flag:
                    - "Nothing to see here."
                  pass:
                    - "This is banned."
                """);

        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(style), List.of(), null)))
                .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "style/broken.yml:7: example of rule 'broken' should be flagged but is not: \"Nothing to see here.\"",
                        "style/broken.yml:9: example of rule 'broken' should pass but is flagged: \"This is banned.\""));
    }

    @Test
    void aNewsroomRuleTakingABuiltInIdRunsItsOwnExamples() throws Exception {
        Path style = ruleDirectory("promo.yml", """
                id: promo-link
                check: word
                severity: error
                message: m
                examples:
                  flag:
                    - "Nothing to see here."
                """);

        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(style), List.of(), null)))
                .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "style/promo.yml:7: example of rule 'promo-link' should be flagged but is not: \"Nothing to see here.\""));
    }

    @Test
    void withNoRulesOfTheNewsroomTheCacheIsNotAskedAboutExamples() throws Exception {
        RuleSet rules = new RuleSetLoader().load(RuleSettings.defaults(base), loaded -> {
            throw new AssertionError("asked whether the examples of the built-in rules passed before");
        });

        assertThat(rules.rules()).extracting(Rule::id).contains("promo-link");
    }

    @Test
    void disabledRulesAreLeftOut() throws Exception {
        RuleSet rules = loader().load(new RuleSettings(base, List.of(), List.of("promo-link"), null));

        assertThat(rules.rules()).extracting(Rule::id).doesNotContain("promo-link").contains("source-line");
    }

    @Test
    void disablingAnUnknownRuleSuggestsTheNearest() {
        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(), List.of("promo-links"), null)))
                .hasMessageContaining("disabledRules: unknown rule 'promo-links' (did you mean 'promo-link'?)");
    }

    @Test
    void severitiesChangeLevels() throws Exception {
        RuleSet rules = loader().load(new RuleSettings(base, List.of(), List.of(),
                "promo-link=warning, source-line = info"));

        assertThat(rules.rules()).filteredOn(r -> r.id().equals("promo-link")).extracting(Rule::severity)
                .containsExactly(Severity.WARNING);
        assertThat(rules.rules()).filteredOn(r -> r.id().equals("source-line")).extracting(Rule::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void badSeveritiesAreNamed() {
        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(), List.of(), "source-lin=info")))
                .hasMessageContaining("severities: unknown rule 'source-lin' (did you mean 'source-line'?)");
        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(), List.of(), "source-line=loud")))
                .hasMessageContaining("severities: unknown level 'loud' for rule 'source-line'");
        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(), List.of(), "source-line")))
                .hasMessageContaining("is not of the form rule-id=level");
    }

    @Test
    void aMissingRuleDirectoryIsAnError() {
        assertThatThrownBy(() -> loader().load(new RuleSettings(base, List.of(base.resolve("nowhere")), List.of(), null)))
                .hasMessageContaining("nowhere: rule directory does not exist");
    }
}
