package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule files the guide shows for each rule type load, and their examples pass: the documentation is true. */
class ReadmeRulesTest {
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(id: .*?)```", Pattern.DOTALL);

    @TempDir
    Path style;

    @Test
    void everyRuleTypeExampleInTheGuideLoadsAndPassesItsExamples() throws Exception {
        String page = Files.readString(Path.of("src/site/markdown/writing-rules.md"));
        String section = page.substring(page.indexOf("## Writing your own rules"));
        List<String> ids = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(section);
        while (block.find()) {
            String id = block.group(1).lines().findFirst().orElseThrow().substring("id: ".length());
            Files.writeString(style.resolve(id + ".yml"), block.group(1));
            ids.add(id);
        }

        RuleSet rules = new RuleSetLoader().load(new RuleSettings(style, List.of(style), List.of(), null));

        assertThat(ids).containsExactly("loaded-verbs", "place-names", "one-exclamation", "spell-out-acronyms",
                "one-spelling", "headline-length");
        assertThat(rules.rules()).extracting(Rule::checkName).containsSubsequence(
                "metric", "existence", "occurrence", "consistency", "substitution", "conditional");
    }
}
