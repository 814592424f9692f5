package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;

class RuleFileParserTest {
    private final RuleFileParser parser = new RuleFileParser(WordCheck.TYPES);

    private static final String VALID = """
            id: no-banned
            check: word
            severity: warning
            message: "${detail} in ${match}"
            description: The word banned is banned.
            scope: [PARAGRAPH, HEADLINE]
            options:
              word: banned
            examples:
              flag: ["This is banned."]
              pass: ["This is fine."]
            """;

    @Test
    void readsEveryKeyOfAValidRule() throws Exception {
        Rule rule = parser.parse("rules/no-banned.yml", VALID);

        assertThat(rule.id()).isEqualTo("no-banned");
        assertThat(rule.checkName()).isEqualTo("word");
        assertThat(rule.severity()).isEqualTo(Severity.WARNING);
        assertThat(rule.message()).isEqualTo("${detail} in ${match}");
        assertThat(rule.scope().kinds()).containsExactlyInAnyOrder(BlockKind.PARAGRAPH, BlockKind.HEADLINE);
        assertThat(rule.examples().flag()).extracting(Rule.Example::text).containsExactly("This is banned.");
        assertThat(rule.examples().flag()).extracting(Rule.Example::line).containsExactly(10);
        assertThat(rule.origin()).isEqualTo("rules/no-banned.yml");
    }

    @Test
    void scopeDefaultsToTheCheckTypes() throws Exception {
        Rule rule = parser.parse("r.yml", "id: a\ncheck: word\nseverity: info\nmessage: m\n");

        assertThat(rule.scope().kinds()).containsExactly(BlockKind.PARAGRAPH);
        assertThat(rule.examples().flag()).isEmpty();
    }

    @Test
    void misspeltKeyNamesFileLineAndTheRightKey() {
        String yaml = VALID.replace("severity: warning", "severty: warning");

        assertThatThrownBy(() -> parser.parse("rules/no-banned.yml", yaml))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageContaining("rules/no-banned.yml:3:1: unknown key 'severty' (did you mean 'severity'?)")
                .hasMessageContaining("missing required key 'severity'");
    }

    @Test
    void unknownCheckSuggestsTheNearest() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("check: word", "check: wrod")))
                .hasMessageContaining("r.yml:2:8: unknown check 'wrod' (did you mean 'word'?)");
    }

    @Test
    void missingFieldIsNamed() {
        assertThatThrownBy(() -> parser.parse("r.yml", "id: a\ncheck: word\nseverity: error\n"))
                .hasMessageContaining("r.yml:1:1: missing required key 'message'");
    }

    @Test
    void malformedYamlGivesTheLine() {
        String yaml = "id: a\ncheck: word\nseverity: [error\nmessage: m\n";

        assertThatThrownBy(() -> parser.parse("bad.yml", yaml))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageStartingWith("bad.yml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void fileThatIsNotAMappingIsRejected() {
        assertThatThrownBy(() -> parser.parse("list.yml", "- id: a\n- check: word\n"))
                .hasMessageContaining("list.yml:1:1: a rule file must be a YAML mapping");
    }

    @Test
    void duplicateKeyIsRejected() {
        assertThatThrownBy(() -> parser.parse("dup.yml", VALID + "id: again\n"))
                .hasMessageContaining("dup.yml:12:1: duplicate key 'id'");
    }

    @Test
    void unknownSeveritySuggestsALevel() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("severity: warning", "severity: eror")))
                .hasMessageContaining("r.yml:3:11: unknown severity 'eror' (did you mean 'error'?)");
    }

    @Test
    void unknownBlockKindInScopeSuggestsTheNearest() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("HEADLINE]", "HEADLNE]")))
                .hasMessageContaining("r.yml:6:20: unknown block kind 'HEADLNE' in scope (did you mean 'HEADLINE'?)");
    }

    @Test
    void unknownOptionSuggestsTheNearest() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("  word: banned", "  wrd: banned")))
                .hasMessageContaining("r.yml:8:3: unknown key 'wrd' (did you mean 'word'?)");
    }

    @Test
    void optionOfTheWrongTypeNamesItsLine() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("  word: banned", "  word: banned\n  ignoreCase: 3")))
                .hasMessageContaining("r.yml:9:3: option 'ignoreCase' must be true or false");
    }

    @Test
    void invalidRuleIdIsRejected() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("id: no-banned", "id: No Banned")))
                .hasMessageContaining("r.yml:1:5: rule id 'No Banned' must be lower-case letters, digits and dashes");
    }

    @Test
    void unknownExampleKeySuggestsTheNearest() {
        assertThatThrownBy(() -> parser.parse("r.yml", VALID.replace("  pass:", "  passes:")))
                .hasMessageContaining("r.yml:11:3: unknown key 'passes' (did you mean 'pass'?)");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String yaml = "id: a\ncheck: wrod\nseverity: loud\nmessage: m\ncolour: red\n";

        assertThatThrownBy(() -> parser.parse("r.yml", yaml))
                .isInstanceOfSatisfying(RuleConfigurationException.class,
                        e -> assertThat(e.problems()).hasSize(3));
    }
}
