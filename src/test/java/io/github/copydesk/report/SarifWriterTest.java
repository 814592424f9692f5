package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {
    private static final String FINGERPRINT = "copydeskMatchedText/v1";

    @TempDir
    Path base;

    private static JsonNode sarif(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new SarifWriter().write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

    /** The SARIF 2.1.0 JSON schema, revision rtm.5, kept with the tests so they need no network. */
    private static JsonSchema schema() throws IOException {
        try (InputStream in = SarifWriterTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void validatesAgainstTheSarifSchema() throws IOException {
        Set<ValidationMessage> problems = schema().validate(sarif(HostileReport.in(base)));

        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAnInvalidLog() throws IOException {
        JsonNode broken = sarif(HostileReport.in(base));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");

        assertThat(schema().validate(broken)).isNotEmpty();
    }

    @Test
    void describesTheToolAndEveryRule() throws IOException {
        JsonNode log = sarif(HostileReport.in(base));

        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("copydesk");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(4);
        assertThat(rules.get(0).get("id").asText()).isEqualTo("promo-link");
        assertThat(rules.get(0).get("shortDescription").get("text").asText())
                .isEqualTo("Teaser lines & link markers a CMS left in the <body>.");
        assertThat(rules.get(1).get("shortDescription").get("text").asText())
                .isEqualTo("The article credits its source.");
        assertThat(rules.get(1).get("fullDescription").get("text").asText())
                .isEqualTo("The article credits its source. It names one.");
        assertThat(rules.get(1).get("defaultConfiguration").get("level").asText()).isEqualTo("note");
        assertThat(rules.get(2).get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        assertThat(rules.get(3).get("id").asText()).isEqualTo("copydesk-input");
        assertThat(rules.get(3).get("fullDescription").get("text").asText()).isEqualTo(Report.INPUT_RULE_DESCRIPTION);
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(base.toUri().toASCIIString());
    }

    @Test
    void aResultPointsAtItsRuleAndItsRegionInTheFile() throws IOException {
        JsonNode results = sarif(HostileReport.in(base)).get("runs").get(0).get("results");

        assertThat(results).hasSize(4);
        JsonNode promo = results.get(1);
        assertThat(promo.get("ruleId").asText()).isEqualTo("promo-link");
        assertThat(promo.get("ruleIndex").asInt()).isZero();
        assertThat(promo.get("level").asText()).isEqualTo("error");
        assertThat(promo.get("message").get("text").asText())
                .isEqualTo("Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"");
        JsonNode location = promo.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText())
                .isEqualTo("content/world/q%26a%2C%2050%25%3A%20%22%3Cb%3E%22.txt");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.get("region");
        assertThat(List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
                region.get("endLine").asInt(), region.get("endColumn").asInt())).containsExactly(3, 1, 5, 2);
        assertThat(region.get("snippet").get("text").asText()).isEqualTo(HostileReport.PROMO_MATCH);

        JsonNode spelling = results.get(2);
        assertThat(spelling.get("ruleIndex").asInt()).isEqualTo(2);
        assertThat(spelling.get("level").asText()).isEqualTo("warning");
        assertThat(spelling.get("message").get("text").asText())
                .isEqualTo("Write \"café\" & keep 100%:: the\nhouse style, not cafe");
        assertThat(results.get(0).get("ruleIndex").asInt()).isEqualTo(3);
        assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("region").has("snippet")).isFalse();
        assertThat(results.get(3).get("level").asText()).isEqualTo("note");
    }

    @Test
    void fingerprintsStayWhenLinesShiftAndTellRepeatedTextApart() throws IOException {
        Finding first = finding(5, "Read more: the harbour story");
        Finding second = finding(9, "Read more: the harbour story");
        Finding shiftedFirst = finding(7, "Read more:  the harbour\nstory");
        Finding shiftedSecond = finding(12, "Read more: the harbour story");

        List<String> before = fingerprints(List.of(first, second));
        List<String> after = fingerprints(List.of(shiftedFirst, shiftedSecond));

        assertThat(after).isEqualTo(before);
        assertThat(before.get(0)).isNotEqualTo(before.get(1)).matches("[0-9a-f]{32}");
        assertThat(fingerprints(List.of(finding(5, "Read more: another story"))).get(0)).isNotEqualTo(before.get(0));
    }

    private List<String> fingerprints(List<Finding> findings) throws IOException {
        JsonNode results = sarif(new Report("1", base, StandardCharsets.UTF_8, 1, List.of("a.txt"),
                HostileReport.RULES, findings)).get("runs").get(0).get("results");
        List<String> fingerprints = new java.util.ArrayList<>();
        results.forEach(result -> fingerprints.add(
                result.get("partialFingerprints").get("copydeskMatchedText/v1").asText()));
        return fingerprints;
    }

    private static Finding finding(int line, String matched) {
        return new Finding("a.txt", line, 1, line, 10, "promo-link", Severity.ERROR, "Leftover", matched, matched, "");
    }

    @Test
    void aFindingHasTheBaselinesFingerprintWhateverIsSuppressedBeforeIt() throws IOException {
        Finding inline = finding(3, "Read more: Ferries");
        Finding baselined = finding(5, "Read more: Ferries");
        Finding active = finding(9, "Read more: Ferries");
        Report report = new Report("1", base, StandardCharsets.UTF_8, 1, List.of("a.txt"), HostileReport.RULES,
                List.of(active), List.of(
                        new io.github.copydesk.config.SuppressedFinding(inline,
                                io.github.copydesk.config.SuppressedFinding.Kind.INLINE, "partner copy"),
                        new io.github.copydesk.config.SuppressedFinding(baselined,
                                io.github.copydesk.config.SuppressedFinding.Kind.BASELINE, "in the baseline")));

        JsonNode results = sarif(report).get("runs").get(0).get("results");

        List<String> baseline = io.github.copydesk.config.Fingerprint.of(List.of(baselined, active));
        assertThat(results.get(1).get("partialFingerprints").get(FINGERPRINT).asText()).isEqualTo(baseline.get(0));
        assertThat(results.get(2).get("partialFingerprints").get(FINGERPRINT).asText()).isEqualTo(baseline.get(1));
        assertThat(results.get(0).get("partialFingerprints").get(FINGERPRINT).asText()).isNotIn(baseline);
    }

    @Test
    void suppressedAndBaselinedFindingsAreResultsWithTheirSuppression() throws IOException {
        Finding marker = finding(3, "👉");
        Finding teaser = finding(7, "Harbour Daily - Ferries return");
        Finding readMore = finding(9, "Read more: Ferries");
        Report report = new Report("1", base, StandardCharsets.UTF_8, 1, List.of("a.txt"), HostileReport.RULES,
                List.of(teaser), List.of(
                        new io.github.copydesk.config.SuppressedFinding(marker,
                                io.github.copydesk.config.SuppressedFinding.Kind.INLINE, "the partner's marker"),
                        new io.github.copydesk.config.SuppressedFinding(readMore,
                                io.github.copydesk.config.SuppressedFinding.Kind.BASELINE,
                                "in the baseline copydesk-baseline.json")));

        JsonNode log = sarif(report);

        assertThat(schema().validate(log)).isEmpty();
        JsonNode results = log.get("runs").get(0).get("results");
        assertThat(results).extracting(r -> r.get("locations").get(0).get("physicalLocation").get("region")
                .get("startLine").asInt()).containsExactly(3, 7, 9);
        assertThat(results.get(0).get("suppressions").toString()).isEqualTo("[{\"kind\":\"inSource\","
                + "\"status\":\"accepted\",\"justification\":\"inline: the partner's marker\"}]");
        assertThat(results.get(1).has("suppressions")).isFalse();
        assertThat(results.get(2).get("suppressions").toString()).isEqualTo("[{\"kind\":\"external\","
                + "\"status\":\"accepted\",\"justification\":\"baseline: in the baseline copydesk-baseline.json\"}]");
    }

    @Test
    void everyRuleHasANameHelpFromItsDescriptionAndExamplesAndAPage() throws IOException {
        ReportedRule builtIn = new ReportedRule("promo-link", Severity.ERROR, "Teaser lines a CMS left in the *body*.",
                List.of("Read more: ferries return", "Harbour Daily - Ferries\nreturn 👉"),
                List.of("Readers wrote in about the ferries."), "rules/newsroom/promo-link.yml");
        ReportedRule own = new ReportedRule("desk-spelling", Severity.WARNING, "House spellings.",
                List.of("cafe ```menu```"), List.of(), "style/desk-spelling.yml");
        Report report = new Report("1", base, StandardCharsets.UTF_8, 1, List.of("a.txt"), List.of(builtIn, own),
                List.of());

        JsonNode log = sarif(report);

        assertThat(schema().validate(log)).isEmpty();
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode promo = driver.get("rules").get(0);
        assertThat(promo.get("name").asText()).isEqualTo("PromoLink");
        assertThat(promo.get("helpUri").asText()).isEqualTo(RuleHelp.HOME + "/blob/main/rules/newsroom/promo-link.yml");
        assertThat(promo.get("help").get("text").asText()).isEqualTo("""
                Teaser lines a CMS left in the *body*.

                Reported, for example:

                    Read more: ferries return

                    Harbour Daily - Ferries
                    return 👉

                Not reported, for example:

                    Readers wrote in about the ferries.""");
        assertThat(promo.get("help").get("markdown").asText()).isEqualTo("""
                Teaser lines a CMS left in the \\*body\\*.

                **Reported, for example:**

                ```text
                Read more: ferries return
                ```

                ```text
                Harbour Daily - Ferries
                return 👉
                ```

                **Not reported, for example:**

                ```text
                Readers wrote in about the ferries.
                ```""");
        JsonNode spelling = driver.get("rules").get(1);
        assertThat(spelling.get("name").asText()).isEqualTo("DeskSpelling");
        assertThat(spelling.get("helpUri").asText()).isEqualTo(RuleHelp.HOME
                + "/blob/main/src/site/markdown/writing-rules.md#writing-your-own-rules");
        assertThat(spelling.get("help").get("markdown").asText()).endsWith("""
                ````text
                cafe ```menu```
                ````""");
    }

    @Test
    void theBuiltInRulesLinkToTheirRuleFilesInTheProject() throws Exception {
        List<ReportedRule> rules = new java.util.ArrayList<>();
        for (io.github.copydesk.rule.Rule rule : new io.github.copydesk.config.RuleSetLoader()
                .load(new io.github.copydesk.config.RuleSettings(base, List.of(), List.of(), null)).rules()) {
            rules.add(new ReportedRule(rule.id(), rule.severity(), rule.description(), List.of(), List.of(),
                    rule.origin()));
        }

        JsonNode driver = sarif(new Report("1", base, StandardCharsets.UTF_8, 1, List.of(), rules, List.of()))
                .get("runs").get(0).get("tool").get("driver");

        assertThat(driver.get("rules")).isNotEmpty().allSatisfy(rule -> {
            String uri = rule.get("helpUri").asText();
            assertThat(uri).startsWith(RuleHelp.HOME + "/blob/main/");
            assertThat(Path.of(uri.substring((RuleHelp.HOME + "/blob/main/").length()))).isRegularFile();
        });
    }
}
