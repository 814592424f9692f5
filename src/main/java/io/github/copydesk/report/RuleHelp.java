package io.github.copydesk.report;

import io.github.copydesk.config.InlineSuppressions;
import io.github.copydesk.engine.InputFindings;
import java.util.List;

/**
 * What a report says to explain a rule beyond its description: a name, help text (plain and
 * Markdown) built from the description and the rule file's examples, and the page that documents
 * it. Built-in rules link to their rule file in the project, the engine's own rules to their
 * README section, a newsroom's own rules to how rule files work.
 */
final class RuleHelp {
    /** The project's home page. */
    static final String HOME = "https://github.com/copydesk/copydesk-maven-plugin";
    /** Where the built-in rule files are, both in the plugin and in the project. */
    static final String BUILT_IN_FOLDER = "rules/newsroom/";
    /** How many examples of each kind help shows: enough to see the rule's sense, short enough to read. */
    static final int MAX_EXAMPLES = 3;

    private RuleHelp() {
    }

    /** The rule's id in PascalCase, as SARIF viewers expect a rule's {@code name}: {@code promo-link} is {@code PromoLink}. */
    static String name(ReportedRule rule) {
        StringBuilder name = new StringBuilder();
        for (String part : rule.id().split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                name.appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
                        .append(part.substring(part.offsetByCodePoints(0, 1)));
            }
        }
        return name.isEmpty() ? "Rule" : name.toString();
    }

    /** The page that documents the rule. */
    static String uri(ReportedRule rule) {
        if (rule.id().equals(InputFindings.RULE_ID) || rule.id().equals(InlineSuppressions.RULE_ID)) {
            return HOME + "/blob/main/src/site/markdown/rules.md#" + rule.id() + "-error";
        }
        if (rule.origin().startsWith(BUILT_IN_FOLDER)) {
            return HOME + "/blob/main/" + rule.origin();
        }
        return HOME + "/blob/main/src/site/markdown/writing-rules.md#writing-your-own-rules";
    }

    /** The description, then a few texts the rule reports and a few it lets through, as plain text. */
    static String text(ReportedRule rule) {
        StringBuilder text = new StringBuilder(SarifWriter.fullDescription(rule));
        appendText(text, "Reported, for example:", rule.flagExamples());
        appendText(text, "Not reported, for example:", rule.passExamples());
        return text.toString();
    }

    /** The same as {@link #text}, in Markdown: the examples as code blocks, so they show as written. */
    static String markdown(ReportedRule rule) {
        StringBuilder markdown = new StringBuilder(MarkdownText.escape(SarifWriter.fullDescription(rule)));
        appendMarkdown(markdown, "Reported, for example:", rule.flagExamples());
        appendMarkdown(markdown, "Not reported, for example:", rule.passExamples());
        return markdown.toString();
    }

    private static void appendText(StringBuilder text, String heading, List<String> examples) {
        if (examples.isEmpty()) {
            return;
        }
        text.append("\n\n").append(heading);
        for (String example : shown(examples)) {
            text.append("\n\n");
            example.strip().lines().forEach(line -> text.append("    ").append(line).append('\n'));
            text.setLength(text.length() - 1);
        }
    }

    private static void appendMarkdown(StringBuilder markdown, String heading, List<String> examples) {
        if (examples.isEmpty()) {
            return;
        }
        markdown.append("\n\n**").append(heading).append("**");
        for (String example : shown(examples)) {
            String fence = fence(example);
            markdown.append("\n\n").append(fence).append("text\n").append(example.strip()).append('\n').append(fence);
        }
    }

    private static List<String> shown(List<String> examples) {
        return examples.subList(0, Math.min(MAX_EXAMPLES, examples.size()));
    }

    /** A backtick fence longer than any run of backticks in the example, so the example cannot close it. */
    private static String fence(String example) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < example.length(); i++) {
            run = example.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
