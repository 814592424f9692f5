package io.github.copydesk.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.copydesk.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * How well a run's findings agree with an editor's judgement of the same articles: precision and
 * recall per rule against a truth file.
 *
 * <p>The truth file has one JSON object a line, {@code {"file": "world/dam.txt", "rule":
 * "promo-link", "line": 12, "uncertain": false}}, one for each finding an editor would act on:
 * {@code file} relative to the folder checked, with {@code /} separators, {@code line} 1-based,
 * the line where the finding starts. A finding is right when a row has the same file, rule and
 * line, and each row is matched by one finding at most. An {@code uncertain} row marks a spot
 * where either answer is acceptable: findings there count neither right nor wrong, and no finding
 * there is no miss. Blank lines in the truth file are skipped. For a rule that speaks about a whole
 * article, such as a missing credit, the rows may be matched by file and rule alone
 * ({@link #score(Collection, Collection, Set)}).
 */
public final class Judgement {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<RuleScore> rules;
    private final List<Mark> wrong;
    private final List<Truth> missed;

    private Judgement(List<RuleScore> rules, List<Mark> wrong, List<Truth> missed) {
        this.rules = List.copyOf(rules);
        this.wrong = List.copyOf(wrong);
        this.missed = List.copyOf(missed);
    }

    /** One row of the truth file. */
    public record Truth(String file, String rule, int line, boolean uncertain) {
        Mark mark() {
            return new Mark(file, rule, line);
        }
    }

    /** A finding as the judgement sees it: where it starts and which rule made it. */
    public record Mark(String file, String rule, int line) implements Comparable<Mark> {
        public static Mark of(Finding finding) {
            return new Mark(finding.path(), finding.ruleId(), finding.line());
        }

        @Override
        public int compareTo(Mark other) {
            int byFile = file.compareTo(other.file);
            if (byFile != 0) {
                return byFile;
            }
            int byLine = Integer.compare(line, other.line);
            return byLine != 0 ? byLine : rule.compareTo(other.rule);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": [" + rule + "]";
        }
    }

    /**
     * The counts of one rule. {@code findings} is every finding of the rule, {@code right} +
     * {@code wrong} + {@code uncertain} of them; {@code missed} the certain rows no finding matched.
     */
    public record RuleScore(String rule, int findings, int right, int wrong, int uncertain, int missed) {
        /** right / (right + wrong); NaN when the rule made no finding that counts. */
        public double precision() {
            return ratio(right, right + wrong);
        }

        /** right / (right + missed); NaN when the truth holds no certain row for the rule. */
        public double recall() {
            return ratio(right, right + missed);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? Double.NaN : (double) part / whole;
        }
    }

    /** Reads a truth file; a malformed row is an error naming its line. */
    public static List<Truth> readTruth(Path file) throws IOException {
        List<Truth> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(truthRow(lines.get(i), file + ":" + (i + 1)));
            }
        }
        return rows;
    }

    private static Truth truthRow(String text, String where) {
        JsonNode row;
        try {
            row = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not a JSON object: " + e.getOriginalMessage());
        }
        if (row == null || !row.isObject()) {
            throw new IllegalArgumentException(where + ": not a JSON object");
        }
        JsonNode file = row.get("file");
        JsonNode rule = row.get("rule");
        JsonNode line = row.get("line");
        JsonNode uncertain = row.get("uncertain");
        if (file == null || !file.isTextual() || file.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": \"file\" must be a path relative to the folder checked");
        }
        if (rule == null || !rule.isTextual() || rule.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": \"rule\" must be a rule id");
        }
        if (line == null || !line.canConvertToInt() || !line.isIntegralNumber() || line.asInt() < 1) {
            throw new IllegalArgumentException(where + ": \"line\" must be a line number, 1 or more");
        }
        if (uncertain != null && !uncertain.isBoolean()) {
            throw new IllegalArgumentException(where + ": \"uncertain\" must be true or false");
        }
        return new Truth(file.asText().replace('\\', '/'), rule.asText(), line.asInt(),
                uncertain != null && uncertain.asBoolean());
    }

    /** Scores {@code findings} against {@code truth}, a finding matching a row on its own line only. */
    public static Judgement score(Collection<Mark> findings, Collection<Truth> truth) {
        return score(findings, truth, Set.of());
    }

    /**
     * Scores {@code findings} against {@code truth}. A finding of a rule in {@code matchedByFile}
     * that no row on its line accounts for matches a row of the same file and rule on another line:
     * for a rule that speaks about the whole article (no source credited), where the editor's row
     * and the rule may name different lines.
     */
    public static Judgement score(Collection<Mark> findings, Collection<Truth> truth, Set<String> matchedByFile) {
        Map<String, List<Row>> rowsByArticle = new HashMap<>();
        List<Row> rows = truth.stream().sorted(Comparator.comparing(Truth::mark)).map(Row::new).toList();
        rows.forEach(row -> rowsByArticle.computeIfAbsent(key(row.truth.file(), row.truth.rule()),
                key -> new ArrayList<>()).add(row));
        List<Mark> sortedFindings = findings.stream().sorted().toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Mark finding : sortedFindings) {
            outcomes.add(match(finding, rowsByArticle, true));
        }
        for (int i = 0; i < sortedFindings.size(); i++) {
            Mark finding = sortedFindings.get(i);
            if (outcomes.get(i) == Outcome.WRONG && matchedByFile.contains(finding.rule())) {
                outcomes.set(i, match(finding, rowsByArticle, false));
            }
        }
        // Per rule: findings, right, wrong, uncertain, missed.
        Map<String, int[]> counts = new TreeMap<>();
        List<Mark> wrong = new ArrayList<>();
        for (int i = 0; i < sortedFindings.size(); i++) {
            Mark finding = sortedFindings.get(i);
            int[] count = counts.computeIfAbsent(finding.rule(), rule -> new int[5]);
            count[0]++;
            switch (outcomes.get(i)) {
                case RIGHT -> count[1]++;
                case WRONG -> {
                    count[2]++;
                    wrong.add(finding);
                }
                case UNCERTAIN -> count[3]++;
            }
        }
        List<Truth> missed = new ArrayList<>();
        for (Row row : rows) {
            int[] count = counts.computeIfAbsent(row.truth.rule(), rule -> new int[5]);
            if (!row.truth.uncertain() && !row.taken) {
                count[4]++;
                missed.add(row.truth);
            }
        }
        List<RuleScore> scores = new ArrayList<>();
        counts.forEach((rule, count) -> scores.add(new RuleScore(rule, count[0], count[1], count[2], count[3],
                count[4])));
        return new Judgement(scores, wrong, missed);
    }

    private enum Outcome { RIGHT, WRONG, UNCERTAIN }

    /** The rows of one rule in one article are kept under this key. */
    private static String key(String file, String rule) {
        return file + "\n" + rule;
    }

    /** A truth row and whether a finding has taken it. */
    private static final class Row {
        final Truth truth;
        boolean taken;

        Row(Truth truth) {
            this.truth = truth;
        }
    }

    /**
     * Takes the first free certain row of the finding's file and rule (on its line when
     * {@code sameLine}); failing that, an uncertain row there makes the finding uncertain.
     */
    private static Outcome match(Mark finding, Map<String, List<Row>> rowsByArticle, boolean sameLine) {
        List<Row> candidates = rowsByArticle.getOrDefault(key(finding.file(), finding.rule()), List.of());
        for (Row row : candidates) {
            if (!row.truth.uncertain() && !row.taken && (!sameLine || row.truth.line() == finding.line())) {
                row.taken = true;
                return Outcome.RIGHT;
            }
        }
        for (Row row : candidates) {
            if (row.truth.uncertain() && (!sameLine || row.truth.line() == finding.line())) {
                return Outcome.UNCERTAIN;
            }
        }
        return Outcome.WRONG;
    }

    /** One score per rule that made a finding or has a truth row, by rule id. */
    public List<RuleScore> rules() {
        return rules;
    }

    /** The score of {@code rule}; all zero when it neither made a finding nor has a row. */
    public RuleScore rule(String rule) {
        return rules.stream().filter(score -> score.rule().equals(rule)).findFirst()
                .orElse(new RuleScore(rule, 0, 0, 0, 0, 0));
    }

    /** The findings no row accounts for, in file and line order. */
    public List<Mark> wrong() {
        return wrong;
    }

    /** The certain rows no finding matched, in file and line order. */
    public List<Truth> missed() {
        return missed;
    }

    /**
     * The scores as a table, one line per rule and a line for all rules together; a precision or
     * recall that has nothing to count is shown as {@code -}.
     */
    public List<String> table() {
        int width = Math.max("all rules".length(), rules.stream().mapToInt(s -> s.rule().length()).max().orElse(0));
        String format = "%-" + width + "s %8s %6s %6s %9s %6s %9s %6s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, format, "rule", "findings", "right", "wrong", "uncertain", "missed",
                "precision", "recall"));
        for (RuleScore score : rules) {
            lines.add(row(format, score));
        }
        RuleScore all = new RuleScore("all rules", sum(RuleScore::findings), sum(RuleScore::right),
                sum(RuleScore::wrong), sum(RuleScore::uncertain), sum(RuleScore::missed));
        lines.add(row(format, all));
        return lines;
    }

    private int sum(ToIntFunction<RuleScore> count) {
        return rules.stream().mapToInt(count).sum();
    }

    private static String row(String format, RuleScore score) {
        return String.format(Locale.ROOT, format, score.rule(), score.findings(), score.right(), score.wrong(),
                score.uncertain(), score.missed(), shown(score.precision()), shown(score.recall()));
    }

    private static String shown(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
