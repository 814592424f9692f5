package io.github.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import io.github.copydesk.engine.Shard;
import io.github.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {
    @TempDir
    Path base;

    private JsonNode written() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(HostileReport.in(base), out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void namesTheToolAndCountsFilesAndFindingsBySeverity() throws IOException {
        JsonNode json = written();

        assertThat(json.get("tool").asText()).isEqualTo("copydesk");
        assertThat(json.get("version").asText()).isEqualTo("1.2.3");
        assertThat(json.get("filesChecked").asInt()).isEqualTo(3);
        assertThat(json.get("summary").toString()).isEqualTo("{\"error\":2,\"warning\":1,\"info\":1}");
        assertThat(fieldNames(json)).containsExactly("tool", "version", "filesChecked", "encoding", "maxFileSize", "files",
                "rules", "findings", "suppressed", "summary");
        assertThat(json.get("files").toString()).isEqualTo("[\"content/world/clean.txt\",\"content/world/gone.txt\","
                + "\"content/world/q&a, 50%: \\\"<b>\\\".txt\"]");
    }

    @Test
    void everyFindingKeepsItsPositionAndHostileTextExactly() throws IOException {
        JsonNode findings = written().get("findings");

        assertThat(findings).hasSize(4);
        JsonNode promo = findings.get(1);
        assertThat(fieldNames(promo)).containsExactly("path", "line", "column", "endLine", "endColumn", "rule",
                "severity", "message", "matched", "excerpt", "fingerprint");
        assertThat(promo.get("matched").asText()).isEqualTo(HostileReport.PROMO_MATCH);
        assertThat(promo.get("fingerprint").asText()).matches("[0-9a-f]{32}");
        assertThat(promo.get("path").asText()).isEqualTo("content/world/q&a, 50%: \"<b>\".txt");
        assertThat(List.of(promo.get("line").asInt(), promo.get("column").asInt(), promo.get("endLine").asInt(),
                promo.get("endColumn").asInt())).containsExactly(3, 1, 5, 2);
        assertThat(promo.get("rule").asText()).isEqualTo("promo-link");
        assertThat(promo.get("severity").asText()).isEqualTo("error");
        assertThat(promo.get("message").asText())
                .isEqualTo("Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"");
        assertThat(promo.get("excerpt").asText()).isEqualTo("Coast Weekly - <script>alert(1)</script> harbour ...");
    }

    @Test
    void aSuggestionIsWrittenOnlyWhenTheRuleMakesOne() throws IOException {
        JsonNode findings = written().get("findings");

        JsonNode spelling = findings.get(2);
        assertThat(spelling.get("suggestion").asText()).isEqualTo("café");
        assertThat(spelling.get("message").asText()).isEqualTo("Write \"café\" & keep 100%:: the\nhouse style, not cafe");
        assertThat(List.of(spelling.get("line").asInt(), spelling.get("column").asInt(),
                spelling.get("endLine").asInt(), spelling.get("endColumn").asInt())).containsExactly(7, 15, 7, 19);
        assertThat(findings.get(0).has("suggestion")).isFalse();
        assertThat(findings.get(0).get("rule").asText()).isEqualTo("copydesk-input");
    }

    @Test
    void everyRuleOfTheRunIsListedWithItsLevelDescriptionAndExamples() throws IOException {
        StringWriter out = new StringWriter();
        ReportedRule promo = new ReportedRule("promo-link", Severity.ERROR, "Teaser lines left in.",
                List.of("Read more: the fair"), List.of("Readers wrote in."), "rules/newsroom/promo-link.yml");
        new JsonReportWriter().write(new Report("1.2.3", base, java.nio.charset.StandardCharsets.ISO_8859_1, 500,
                List.of(), List.of(promo), List.of()), out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(json.get("encoding").asText()).isEqualTo("ISO-8859-1");
        assertThat(json.get("maxFileSize").asLong()).isEqualTo(500);
        assertThat(json.get("rules").toString()).isEqualTo("[{\"id\":\"promo-link\",\"severity\":\"error\","
                + "\"description\":\"Teaser lines left in.\",\"examples\":{\"flag\":[\"Read more: the fair\"],"
                + "\"pass\":[\"Readers wrote in.\"]},\"origin\":\"rules/newsroom/promo-link.yml\"}]");
    }

    @Test
    void onlyAShardsReportNamesItsShard() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(HostileReport.in(base).ofShard(Optional.of(new Shard(2, 8))), out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(json.get("shard").asText()).isEqualTo("2/8");
        assertThat(fieldNames(json).subList(0, 4)).containsExactly("tool", "version", "shard", "filesChecked");
        assertThat(written().has("shard")).isFalse();
    }

    @Test
    void anEmptyRunIsStillAReport() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(new Report("1.2.3", base, java.nio.charset.StandardCharsets.UTF_8, 1,
                List.of(), HostileReport.RULES, List.of()), out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(json.get("filesChecked").asInt()).isZero();
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("summary").toString()).isEqualTo("{\"error\":0,\"warning\":0,\"info\":0}");
    }

    @Test
    void suppressedFindingsAreListedApartWithTheirKindAndReason() throws IOException {
        io.github.copydesk.rule.Finding marker = new io.github.copydesk.rule.Finding("a.md", 3, 1, 3, 3, "promo-link",
                io.github.copydesk.rule.Severity.ERROR, "Leftover link marker: \"👉\"", "👉", "👉", "");
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(new Report("1.2.3", base, java.nio.charset.StandardCharsets.UTF_8, 1,
                List.of("a.md"), HostileReport.RULES, List.of(), List.of(new io.github.copydesk.config.SuppressedFinding(
                        marker, io.github.copydesk.config.SuppressedFinding.Kind.SUPPRESSIONS_FILE, "partner page"))),
                out);
        JsonNode json = new ObjectMapper().readTree(out.toString());

        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("suppressed").toString()).isEqualTo("[{\"path\":\"a.md\",\"line\":3,\"column\":1,"
                + "\"endLine\":3,\"endColumn\":3,\"rule\":\"promo-link\",\"severity\":\"error\","
                + "\"message\":\"Leftover link marker: \\\"👉\\\"\",\"matched\":\"👉\",\"excerpt\":\"👉\","
                + "\"fingerprint\":\"" + io.github.copydesk.config.Fingerprint.of(List.of(marker)).get(0) + "\","
                + "\"suppression\":{\"kind\":\"suppressionsFile\",\"reason\":\"partner page\"}}]");
        assertThat(json.get("summary").toString()).isEqualTo("{\"error\":0,\"warning\":0,\"info\":0}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}