package io.github.copydesk.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Shard;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts the JSON reports of the shards of one run back together as the report and result of the
 * whole run: every article of every shard, the findings in report order, and the rules, version
 * and reading settings the shards share, so that each format writes what one unsharded run writes.
 * The shards applied the baseline and the suppressions; the merged result names the baseline
 * entries that no finding of any shard matched.
 */
public final class ShardMerge {
    /** The name of the JSON report, which a folder of shard reports is searched for. */
    public static final String REPORT_FILE = ReportFormat.JSON.fileName().orElseThrow();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The merged run: its report, and its result as the console shows it. */
    public record Merged(Report report, LintResult result) {
    }

    private ShardMerge() {
    }

    /**
     * The JSON report files {@code locations} name: a file itself, a folder every
     * {@code copydesk.json} at any depth under it, sorted.
     *
     * @throws ShardReportException for a location that does not exist or a folder without one
     */
    public static List<Path> reportFiles(List<Path> locations) throws ShardReportException, IOException {
        if (locations.isEmpty()) {
            throw new ShardReportException("shardReports: no shard report given; name the JSON reports of the"
                    + " shards, or folders holding them, comma separated");
        }
        Set<Path> found = new LinkedHashSet<>();
        for (Path location : locations) {
            Path absolute = location.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                List<Path> inside;
                try (Stream<Path> walk = Files.walk(absolute)) {
                    inside = walk.filter(file -> file.getFileName().toString().equals(REPORT_FILE))
                            .filter(Files::isRegularFile).sorted().toList();
                }
                if (inside.isEmpty()) {
                    throw new ShardReportException("shardReports: " + location + " holds no " + REPORT_FILE);
                }
                found.addAll(inside);
            } else if (Files.isRegularFile(absolute)) {
                found.add(absolute);
            } else {
                throw new ShardReportException("shardReports: " + location + " does not exist");
            }
        }
        return List.copyOf(found);
    }

    /**
     * The whole run the shard reports {@code files} are parts of, its articles shown relative to
     * {@code baseDirectory} as in the shards, findings at {@code violationSeverity} or above
     * violations, and {@code baseline} the one the shards applied.
     *
     * @throws ShardReportException when a file is no copydesk JSON report of a shard, or the files
     *     are not every shard of one run, each once
     */
    public static Merged merge(List<Path> files, Path baseDirectory, Severity violationSeverity,
            Optional<Baseline> baseline) throws ShardReportException, IOException {
        if (files.isEmpty()) {
            return merge(reportFiles(files), baseDirectory, violationSeverity, baseline);
        }
        List<ShardReport> shards = new ArrayList<>();
        for (Path file : files) {
            shards.add(read(file, shown(baseDirectory, file)));
        }
        ShardReport first = shards.get(0);
        for (ShardReport shard : shards) {
            first.requireSameRun(shard);
        }
        requireEveryShardOnce(shards);

        Map<String, String> articleShard = new HashMap<>();
        List<String> articles = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<Finding> runFindings = new LinkedHashSet<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (ShardReport shard : shards) {
            for (String article : shard.files()) {
                String other = articleShard.putIfAbsent(article, shard.origin());
                if (other != null) {
                    throw new ShardReportException("shardReports: " + article + " is in both " + other + " and "
                            + shard.origin() + "; the shards of one run share no article");
                }
                articles.add(article);
            }
            Set<String> own = Set.copyOf(shard.files());
            for (Finding finding : shard.findings()) {
                // A finding about no article of the shard (an expired suppression) is the run's: every shard reports it.
                if (own.contains(finding.path())) {
                    findings.add(finding);
                } else {
                    runFindings.add(finding);
                }
            }
            suppressed.addAll(shard.suppressed());
        }
        findings.addAll(runFindings);
        findings.sort(Finding.ORDER);
        suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        // The order of a whole run's selection: its files as paths, which is not always their text's order.
        Path base = baseDirectory.toAbsolutePath().normalize();
        articles.sort(Comparator.comparing(file -> base.resolve(file).normalize()));

        Report report = new Report(first.toolVersion(), baseDirectory, first.charset(), first.maxFileSize(), articles,
                first.rules(), findings, suppressed, violationSeverity);
        LintResult result = new LintResult(findings, suppressed,
                baseline.map(accepted -> fixedEntries(report, accepted)).orElse(List.of()), articles.size());
        return new Merged(report, result);
    }

    /** A report file as messages name it: relative to the base directory when inside it, else in full. */
    private static String shown(Path baseDirectory, Path file) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? DisplayPath.of(base, absolute) : absolute.toString();
    }

    /** The baseline's entries for files of the report that no finding matched: fixed since it was written. */
    private static List<Baseline.Entry> fixedEntries(Report report, Baseline baseline) {
        Map<Finding, String> fingerprints = ReportFingerprints.of(report);
        Set<String> matched = report.suppressed().stream()
                .filter(suppressed -> suppressed.kind() == SuppressedFinding.Kind.BASELINE)
                .map(suppressed -> fingerprints.get(suppressed.finding())).collect(Collectors.toSet());
        Set<String> checked = new HashSet<>(report.files());
        return baseline.entries().stream()
                .filter(entry -> checked.contains(entry.path()) && !matched.contains(entry.fingerprint())).toList();
    }

    private static void requireEveryShardOnce(List<ShardReport> shards) throws ShardReportException {
        int count = shards.get(0).shard().count();
        Map<Integer, String> byIndex = new TreeMap<>();
        for (ShardReport shard : shards) {
            String other = byIndex.putIfAbsent(shard.shard().index(), shard.origin());
            if (other != null) {
                throw new ShardReportException("shardReports: " + other + " and " + shard.origin()
                        + " are both the report of shard " + shard.shard());
            }
        }
        List<String> missing = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            if (!byIndex.containsKey(index)) {
                missing.add(index + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new ShardReportException("shardReports: the report of shard " + String.join(", ", missing)
                    + " is missing; the reports given are of shard "
                    + byIndex.keySet().stream().map(index -> index + "/" + count).collect(Collectors.joining(", ")));
        }
    }

    /** One shard's report as read back: what the formats are written from. */
    private record ShardReport(String origin, String toolVersion, Shard shard, Charset charset, long maxFileSize,
            List<String> files, List<ReportedRule> rules, List<Finding> findings, List<SuppressedFinding> suppressed) {

        void requireSameRun(ShardReport other) throws ShardReportException {
            String differs = !toolVersion.equals(other.toolVersion) ? "copydesk " + toolVersion + " and "
                    + other.toolVersion
                    : shard.count() != other.shard.count() ? "shard " + shard + " and shard " + other.shard
                    : !charset.equals(other.charset) ? "encoding " + charset.name() + " and " + other.charset.name()
                    : maxFileSize != other.maxFileSize ? "maxFileSize " + maxFileSize + " and " + other.maxFileSize
                    : !rules.equals(other.rules) ? "different rules or rule levels"
                    : "";
            if (!differs.isEmpty()) {
                throw new ShardReportException("shardReports: " + origin + " and " + other.origin
                        + " are not shards of one run: " + differs);
            }
        }
    }

    private static ShardReport read(Path file, String origin) throws ShardReportException, IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw notAReport(origin, "it is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !"copydesk".equals(root.path("tool").asText(null))) {
            throw notAReport(origin, "it has no \"tool\": \"copydesk\"");
        }
        if (!root.has("shard")) {
            throw new ShardReportException("shardReports: " + origin + " is the report of a whole run, not of a"
                    + " shard; merge the JSON reports of runs with -Dcopydesk.shard=i/n");
        }
        Reading json = new Reading(origin);
        Shard shard;
        try {
            shard = Shard.parse(json.text(root, "shard")).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw json.problem("\"shard\" is not i/n");
        }
        Charset charset;
        try {
            charset = Charset.forName(json.text(root, "encoding"));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw json.problem("unknown encoding '" + root.path("encoding").asText() + "'");
        }
        List<String> files = new ArrayList<>();
        for (JsonNode path : json.array(root, "files")) {
            files.add(json.text(path));
        }
        List<ReportedRule> rules = new ArrayList<>();
        for (JsonNode rule : json.array(root, "rules")) {
            JsonNode examples = json.object(rule, "examples");
            rules.add(new ReportedRule(json.text(rule, "id"), json.severity(rule), json.text(rule, "description"),
                    json.texts(examples, "flag"), json.texts(examples, "pass"), json.text(rule, "origin")));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : json.array(root, "findings")) {
            findings.add(json.finding(finding));
        }
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (JsonNode entry : json.array(root, "suppressed")) {
            JsonNode suppression = json.object(entry, "suppression");
            suppressed.add(new SuppressedFinding(json.finding(entry), json.kind(suppression),
                    json.text(suppression, "reason")));
        }
        return new ShardReport(origin, json.text(root, "version"), shard, charset, json.number(root, "maxFileSize"),
                files, rules, findings, suppressed);
    }

    private static ShardReportException notAReport(String origin, String why) {
        return new ShardReportException("shardReports: " + origin + " is not a copydesk JSON report: " + why);
    }

    /** Reads the fields of one report, each missing or mistyped one an error naming the file and the field. */
    private record Reading(String origin) {

        ShardReportException problem(String what) {
            return new ShardReportException("shardReports: " + origin + " is not a copydesk JSON report of this"
                    + " version: " + what);
        }

        String text(JsonNode node, String field) throws ShardReportException {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw problem("no text \"" + field + "\"");
            }
            return value.asText();
        }

        String text(JsonNode node) throws ShardReportException {
            if (!node.isTextual()) {
                throw problem("a list item is not text");
            }
            return node.asText();
        }

        long number(JsonNode node, String field) throws ShardReportException {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToLong()) {
                throw problem("no number \"" + field + "\"");
            }
            return value.asLong();
        }

        int integer(JsonNode node, String field) throws ShardReportException {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToInt()) {
                throw problem("no number \"" + field + "\"");
            }
            return value.asInt();
        }

        JsonNode array(JsonNode node, String field) throws ShardReportException {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw problem("no list \"" + field + "\"");
            }
            return value;
        }

        JsonNode object(JsonNode node, String field) throws ShardReportException {
            JsonNode value = node.get(field);
            if (value == null || !value.isObject()) {
                throw problem("no object \"" + field + "\"");
            }
            return value;
        }

        List<String> texts(JsonNode node, String field) throws ShardReportException {
            List<String> texts = new ArrayList<>();
            for (JsonNode item : array(node, field)) {
                texts.add(text(item));
            }
            return texts;
        }

        Severity severity(JsonNode node) throws ShardReportException {
            String id = text(node, "severity");
            return Severity.parse(id).orElseThrow(() -> problem("unknown severity '" + id + "'"));
        }

        SuppressedFinding.Kind kind(JsonNode suppression) throws ShardReportException {
            String id = text(suppression, "kind");
            for (SuppressedFinding.Kind kind : SuppressedFinding.Kind.values()) {
                if (JsonReportWriter.kind(kind).equals(id)) {
                    return kind;
                }
            }
            throw problem("unknown suppression kind '" + id + "'");
        }

        Finding finding(JsonNode node) throws ShardReportException {
            JsonNode suggestion = node.get("suggestion");
            return new Finding(text(node, "path"), integer(node, "line"), integer(node, "column"),
                    integer(node, "endLine"), integer(node, "endColumn"), text(node, "rule"), severity(node),
                    text(node, "message"), text(node, "matched"), text(node, "excerpt"),
                    suggestion == null ? "" : text(node, "suggestion"));
        }
    }
}
