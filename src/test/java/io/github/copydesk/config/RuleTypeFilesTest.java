package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.BlockKind;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.check.BuiltInChecks;
import org.junit.jupiter.api.Test;

/** Rule files of the types users write, as the loader reads them: scopes, when:, and bad options. */
class RuleTypeFilesTest {
    private final RuleFileParser parser = new RuleFileParser(BuiltInChecks.byName());

    private static String rule(String check, String rest) {
        return "id: r\ncheck: " + check + "\nseverity: error\nmessage: m\n" + rest;
    }

    private static String errorOf(String yaml) {
        try {
            new RuleFileParser(BuiltInChecks.byName()).parse("style/r.yml", yaml);
        } catch (RuleConfigurationException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void scopeTakesBlockKindsAndMetadataFields() throws Exception {
        Rule rule = parser.parse("r.yml", rule("metric", """
                scope: [HEADLINE, metadata.title, metadata.image.credit]
                options: {measure: characters, max: 80}
                """));

        assertThat(rule.scope().kinds()).containsExactly(BlockKind.HEADLINE);
        assertThat(rule.scope().metadataFields()).containsExactly("title", "image.credit");
        assertThat(rule.scope()).hasToString("[HEADLINE, metadata.title, metadata.image.credit]");
    }

    @Test
    void theRuleTypesReadBodyTextByDefault() throws Exception {
        Rule rule = parser.parse("r.yml", rule("existence", "options: {tokens: [x]}\n"));

        assertThat(rule.scope()).hasToString("[PARAGRAPH, HEADING, QUOTE, LIST_ITEM]");
        assertThat(rule.when().isEveryArticle()).isTrue();
    }

    @Test
    void whenIsReadWithEveryCondition() throws Exception {
        Rule rule = parser.parse("r.yml", rule("existence", """
                when:
                  section: [POLITICS, World]
                  path: "content/sport/**"
                  format: markdown
                  metadata.desk: Metro
                options: {tokens: [x]}
                """));

        assertThat(rule.when()).hasToString(
                "section: [POLITICS, World], path: [content/sport/**], format: [markdown], metadata.desk: [Metro]");
    }

    @Test
    void aMisspeltConditionNamesTheNearest() {
        assertThat(errorOf(rule("existence", "when:\n  sectoin: [POLITICS]\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:6:3: unknown condition 'sectoin' in when (did you mean 'section'?);"
                        + " conditions are [section, path, format] and metadata.<field>");
    }

    @Test
    void anUnknownFormatNamesTheNearest() {
        assertThat(errorOf(rule("existence", "when: {format: [markdwn]}\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:5:17: unknown format 'markdwn' (did you mean 'markdown'?);"
                        + " formats are [wire, markdown, html]");
    }

    @Test
    void aConditionNeedsAValue() {
        assertThat(errorOf(rule("existence", "when:\n  section:\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:6:11: condition 'section' must list at least one value, none empty");
    }

    @Test
    void whenMustBeAMapping() {
        assertThat(errorOf(rule("existence", "when: POLITICS\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:5:7: 'when' must be a mapping of conditions, as in when: {section: [POLITICS]}");
    }

    @Test
    void anUnknownScopeEntryMentionsMetadataFields() {
        assertThat(errorOf(rule("existence", "scope: [PARAGRAF]\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:5:9: unknown block kind 'PARAGRAF' in scope (did you mean 'PARAGRAPH'?);"
                        + " block kinds are [HEADLINE, STANDFIRST, CAPTION, DATELINE, PARAGRAPH, HEADING, QUOTE, IMAGE,"
                        + " LIST_ITEM, SOURCE_LINE], and metadata.<field> reads a metadata value");
        assertThat(errorOf(rule("existence", "scope: [metadata.]\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:5:9: 'metadata.' in scope must name a field, as in metadata.title");
    }

    @Test
    void aCheckThatReadsOnlyBlocksRefusesMetadataFields() {
        assertThat(errorOf(rule("promo-link", "scope: [PARAGRAPH, metadata.title]\n")))
                .isEqualTo("style/r.yml:5:8: check 'promo-link' reads blocks only; metadata fields in its scope would be ignored");
    }

    @Test
    void aBadRegularExpressionIsReportedAtItsListItem() {
        assertThat(errorOf(rule("existence", "options:\n  patterns:\n    - 'fine'\n    - '(a+'\n")))
                .isEqualTo("style/r.yml:8:7: option 'patterns' has an invalid regular expression '(a+':"
                        + " error parsing regexp: missing closing ): `(a+`");
    }

    @Test
    void aBadSwapIsReportedAtItsEntry() {
        assertThat(errorOf(rule("substitution", "options:\n  swap:\n    Kiev: Kyiv\n    web site: ''\n")))
                .isEqualTo("style/r.yml:8:5: option 'swap' has no replacement for 'web site'");
    }

    @Test
    void anUnknownMeasureNamesTheNearest() {
        assertThat(errorOf(rule("metric", "options:\n  measure: sentencewords\n  max: 30\n")))
                .isEqualTo("style/r.yml:6:3: option 'measure' has an unknown value 'sentencewords'"
                        + " (did you mean 'sentenceWords'?); use one of [characters, words, sentenceWords, blocks]");
    }

    @Test
    void aMissingOptionOfARuleWithoutOptionsPointsAtTheCheck() {
        assertThat(errorOf(rule("conditional", "")))
                .isEqualTo("style/r.yml:2:1: option 'if' must be set: the conditional check needs 'if' and 'then'");
    }

    @Test
    void aMisspeltOptionNamesTheNearest() {
        assertThat(errorOf(rule("occurrence", "options:\n  token: said\n  mn: 1\n"))).isEqualTo(
                "style/r.yml:7:3: unknown key 'mn' (did you mean 'min'?); valid keys are [ignoreCase, max, min, pattern, token]"
                        + System.lineSeparator() + "style/r.yml:5:1: option 'min' or 'max' must be set");
    }

    @Test
    void anUnknownCheckListsTheRuleTypes() {
        assertThatThrownBy(() -> parser.parse("r.yml", rule("existance", "")))
                .hasMessage("r.yml:2:8: unknown check 'existance' (did you mean 'existence'?); known checks are"
                        + " [promo-link, source-line, quote-attribution, photo-credit, date-consistency, existence, substitution,"
                        + " occurrence, conditional, consistency, metric]");
    }

    @Test
    void everyBadPatternOfAFileIsReported() {
        String error = errorOf(rule("existence", "options:\n  patterns:\n    - '(a+'\n    - 'fine'\n    - '[b'\n"
                + "    - 'also fine'\n    - 'c{2,1}'\n"));

        assertThat(error.lines().filter(line -> line.startsWith("style/r.yml:")).map(line -> line.substring(0,
                line.indexOf(": option"))))
                .containsExactly("style/r.yml:7:7", "style/r.yml:9:7", "style/r.yml:11:7");
        assertThat(error).contains("'(a+'", "'[b'", "'c{2,1}'").doesNotContain("'fine'");
    }

    @Test
    void aFileWhoseListHoldsOnlyBadPatternsGetsNoOtherError() {
        String error = errorOf(rule("existence", "options:\n  patterns: ['(a+']\n"));

        assertThat(error.lines().filter(line -> line.startsWith("style/r.yml:")))
                .singleElement().asString().contains("invalid regular expression '(a+'");
    }

    @Test
    void anUnknownPlaceholderInTheMessageIsAnErrorAtItsPlaceWithTheNearestName() {
        String yaml = "id: r\ncheck: substitution\nseverity: error\nmessage: 'Use ${sugestion}, not ${match}'\n"
                + "options: {swap: {Kiev: Kyiv}}\n";

        assertThat(errorOf(yaml)).contains("style/r.yml:4:15: unknown placeholder '${sugestion}' in the message"
                + " (did you mean 'suggestion'?); check 'substitution' fills in [${match}, ${detail}, ${suggestion}]");
    }

    @Test
    void aPlaceholderOnlyAnotherCheckFillsInIsAnError() {
        assertThat(errorOf(rule("existence", "options: {tokens: [x]}\n").replace("message: m", "message: ${match} ${suggestion}")))
                .contains("style/r.yml:4:19: unknown placeholder '${suggestion}'");
    }

    @Test
    void theKnownPlaceholdersAndAnEscapedOnePass() throws Exception {
        parser.parse("r.yml", rule("consistency", "options: {either: [[email, e-mail]]}\n")
                .replace("message: m", "message: '${match} ${detail} ${suggestion} $${literal}'"));
    }

    @Test
    void aDuplicateKeyInsideAnOptionIsAnErrorAtItsPlace() {
        assertThat(errorOf(rule("substitution", "options:\n  swap:\n    Kiev: Kyiv\n    Kiev: Kyiv\n")))
                .isEqualTo("style/r.yml:8:5: malformed YAML: found duplicate key Kiev");
    }

    @Test
    void aBadPathGlobInWhenIsOneLineAtItsPlace() {
        assertThat(errorOf(rule("existence", "when: {path: '[unclosed'}\noptions: {tokens: [x]}\n")))
                .isEqualTo("style/r.yml:5:14: Invalid file pattern '[unclosed': Missing ']"
                        + " at character 9");
    }

    @Test
    void aCharacterYamlDoesNotAllowIsAnErrorAtItsLineAndColumn() {
        assertThat(errorOf(rule("existence", "options: {tokens: [a\u0001b]}\n")))
                .isEqualTo("style/r.yml:5:21: malformed YAML: the character U+0001 is not allowed in YAML");
    }

    @Test
    void anEmptyRuleFileIsAnErrorAtItsStart() {
        assertThat(errorOf("")).startsWith("style/r.yml:1:1: a rule file must be a YAML mapping with keys");
    }
}
