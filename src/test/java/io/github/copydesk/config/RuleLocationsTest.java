package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ruleLocations}: rule folders, single rule files and rule packs on the class path. */
class RuleLocationsTest {
    private static final String RULE = "id: %s\ncheck: existence\nseverity: warning\nmessage: m\n"
            + "options:\n  tokens: [slammed]\nexamples:\n  flag: [\"He slammed it.\"]\n  pass: [\"He said it.\"]\n";

    @TempDir
    Path parent;

    private RuleSet load(Path base, List<String> locations, List<Path> ancestors) throws RuleConfigurationException {
        return new RuleSetLoader().load(new RuleSettings(base, List.of(), locations, ancestors, List.of(), null));
    }

    private List<String> userRules(RuleSet rules) {
        return rules.rules().stream().filter(rule -> rule.id().startsWith("desk-") || rule.id().startsWith("pack-"))
                .map(rule -> rule.id() + " " + rule.origin()).toList();
    }

    @Test
    void aFolderAndASingleFileAreRead() throws Exception {
        Path base = Files.createDirectories(parent.resolve("site"));
        Files.createDirectories(base.resolve("style"));
        Files.writeString(base.resolve("style/one.yml"), RULE.formatted("desk-one"));
        Files.writeString(base.resolve("extra.yaml"), RULE.formatted("desk-extra"));

        RuleSet rules = load(base, List.of("style", "extra.yaml"), List.of());

        assertThat(userRules(rules)).containsExactly("desk-one style/one.yml", "desk-extra extra.yaml");
    }

    @Test
    void aModuleFindsAFolderItsParentProjectKeeps() throws Exception {
        Path module = Files.createDirectories(parent.resolve("sport"));
        Files.createDirectories(parent.resolve("house-style"));
        Files.writeString(parent.resolve("house-style/desk.yml"), RULE.formatted("desk-house"));

        RuleSet rules = load(module, List.of("house-style"), List.of(parent));

        assertThat(userRules(rules)).containsExactly("desk-house ../house-style/desk.yml");
    }

    @Test
    void theModulesOwnFolderComesBeforeTheParentsOfTheSameName() throws Exception {
        Path module = Files.createDirectories(parent.resolve("sport"));
        Files.createDirectories(parent.resolve("style"));
        Files.writeString(parent.resolve("style/desk.yml"), RULE.formatted("desk-parent"));
        Files.createDirectories(module.resolve("style"));
        Files.writeString(module.resolve("style/desk.yml"), RULE.formatted("desk-module"));

        RuleSet rules = load(module, List.of("style"), List.of(parent));

        assertThat(userRules(rules)).containsExactly("desk-module style/desk.yml");
    }

    @Test
    void aRulePackFolderOnTheClassPathIsReadWithItsSubfolders() throws Exception {
        RuleSet rules = load(parent, List.of("classpath:rule-pack"), List.of());

        assertThat(userRules(rules)).containsExactly("pack-plain-headlines classpath:rule-pack/plain-headlines.yaml",
                "pack-no-loaded-verbs classpath:rule-pack/style/no-loaded-verbs.yml");
    }

    @Test
    void oneRuleFileOnTheClassPathIsRead() throws Exception {
        RuleSet rules = load(parent, List.of("classpath:/rule-pack/style/no-loaded-verbs.yml"), List.of());

        assertThat(userRules(rules)).containsExactly("pack-no-loaded-verbs classpath:rule-pack/style/no-loaded-verbs.yml");
    }

    @Test
    void aLocationThatIsNotThereStopsTheLoadNamingIt() {
        assertThatThrownBy(() -> load(parent, List.of("stlye", "classpath:newsroom-pack/"), List.of(parent.getParent())))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageContaining("ruleLocations: no rule folder or file 'stlye' in the project's folder or its"
                        + " parent projects' folders")
                .hasMessageContaining("ruleLocations: no rule file at 'classpath:newsroom-pack/' on the plugin's class"
                        + " path; add the artifact that holds it to the plugin's <dependencies>");
    }

    @Test
    void aFileThatIsNoRuleFileIsRefused() throws Exception {
        Files.writeString(parent.resolve("notes.txt"), "not a rule");

        assertThatThrownBy(() -> load(parent, List.of("notes.txt"), List.of()))
                .hasMessageContaining("ruleLocations: 'notes.txt' is not a rule file (*.yml or *.yaml)");
    }

    @Test
    void theSameRuleIdInTwoLocationsIsAProblem() throws Exception {
        Files.writeString(parent.resolve("a.yml"), RULE.formatted("desk-twice"));
        Files.writeString(parent.resolve("b.yml"), RULE.formatted("desk-twice"));

        assertThatThrownBy(() -> load(parent, List.of("a.yml", "b.yml"), List.of()))
                .hasMessageContaining("b.yml: rule id 'desk-twice' is already defined in a.yml");
    }

    @Test
    void aRulePacksTextIsInTheFingerprint() throws Exception {
        Files.writeString(parent.resolve("a.yml"), RULE.formatted("desk-one"));
        String before = load(parent, List.of("a.yml"), List.of()).fingerprint();
        Files.writeString(parent.resolve("a.yml"), RULE.formatted("desk-one").replace("warning", "error"));

        assertThat(load(parent, List.of("a.yml"), List.of()).fingerprint()).isNotEqualTo(before);
    }
}
