package io.github.copydesk.engine;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.ArticleParser;
import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.ArticleText;
import io.github.copydesk.article.FileBytes;
import io.github.copydesk.article.InputProblem;
import io.github.copydesk.article.LineIndex;
import io.github.copydesk.config.InlineSuppressions;
import io.github.copydesk.config.SuppressedFinding;
import io.github.copydesk.config.SuppressionsFile;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.Excerpt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;

/**
 * Checks one file: reads and parses it once, runs every rule on the parsed article, and turns
 * violations into located findings. Nothing a file contains makes it throw: a parser or a check
 * that fails, even by overflowing its stack on deeply nested or repetitive input, becomes a finding
 * on this file instead of ending the run.
 */
final class FileLinter {
    /** Characters of shown text enough for an excerpt's words. */
    private static final int EXCERPT_SOURCE = 400;
    /**
     * Characters of a value a message shows at most: a detail quotes the text it is about, which
     * may be one 100,000-character URL.
     */
    private static final int MAX_MESSAGE_VALUE = 300;
    private final ArticleReader reader;
    private final Map<ArticleFormat, ArticleParser> parsers;
    private final List<Rule> rules;
    private final Set<String> ruleIds;
    private final SuppressionsFile suppressions;
    private final LocalDate today;
    private final FindingsCache cache;

    FileLinter(ArticleReader reader, Map<ArticleFormat, ArticleParser> parsers, List<Rule> rules,
            SuppressionsFile suppressions, LocalDate today, FindingsCache cache) {
        this.reader = reader;
        this.parsers = parsers;
        this.rules = rules;
        this.ruleIds = rules.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
        this.suppressions = suppressions;
        this.today = today;
        this.cache = cache;
    }

    /** The findings of one file, those an inline comment or the suppressions file accepts apart. */
    record FileFindings(List<Finding> active, List<SuppressedFinding> suppressed) {
        boolean hasInputProblem() {
            return active.stream().anyMatch(f -> f.ruleId().equals(InputFindings.RULE_ID));
        }
    }

    /**
     * Reads and lints {@code file}. The rules' findings depend on the file's bytes alone, so the
     * cache may answer for them; suppressions are applied afterwards, on every run.
     */
    FileFindings lint(Path file, String displayPath) {
        Optional<Path> loop = linkLoop(file);
        if (loop.isPresent()) {
            return applySuppressionsFile(List.of(InputFindings.warning(displayPath, "Symbolic link loop: "
                    + displayPath + " leads back to " + loop.get() + ", which is being searched; not followed")),
                    List.of());
        }
        ArticleParser parser = parser(file);
        if (parser == null) {
            return lint(file, displayPath, null);
        }
        FindingsCache.FileStamp stamp = FindingsCache.FileStamp.of(file);
        Optional<List<Finding>> unchanged = cache.unchangedByStamp(displayPath, stamp);
        if (unchanged.isPresent()) {
            return applySuppressionsFile(unchanged.get(), List.of());
        }
        FileBytes bytes = reader.readBytes(file);
        if (!bytes.isReadable()) {
            return applySuppressionsFile(List.of(InputFindings.of(displayPath, bytes.problem())), List.of());
        }
        ArticleText[] decoded = new ArticleText[1];
        boolean mayHoldComments = !isWireText(file) && reader.mayContain(bytes.bytes(), InlineSuppressions.PREFIX);
        List<Finding> findings = cache.findings(displayPath, stamp, bytes.bytes(), mayHoldComments,
                () -> findings(parser, displayPath, decoded[0] = reader.decode(bytes.bytes())));
        if (!mayHoldComments) {
            // Findings from the cache need no decoding unless the article has comments to apply.
            return applySuppressionsFile(findings, List.of());
        }
        return suppressed(displayPath, decoded[0] != null ? decoded[0] : reader.decode(bytes.bytes()), findings);
    }

    /**
     * The folder above it that {@code path} leads back to through a symbolic link, if it does: the
     * walk keeps such a path instead of following it for ever.
     */
    private static Optional<Path> linkLoop(Path path) {
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        try {
            Path target = path.toRealPath();
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && parent.toRealPath().startsWith(target)) {
                return Optional.of(target);
            }
        } catch (IOException | SecurityException e) {
            // Not resolvable: reading it reports why.
        }
        return Optional.empty();
    }

    /** Lints {@code text}, already read from {@code file}, without the cache; null when the file's format is unknown. */
    FileFindings lint(Path file, String displayPath, ArticleText text) {
        ArticleParser parser = parser(file);
        if (parser == null) {
            return applySuppressionsFile(List.of(InputFindings.at(displayPath, 1, 1,
                    "Not an article format copydesk reads (.txt, .md, .markdown, .html, .htm): " + file.getFileName())),
                    List.of());
        }
        List<Finding> findings = findings(parser, displayPath, text);
        return isWireText(file) ? applySuppressionsFile(findings, List.of()) : suppressed(displayPath, text, findings);
    }

    /** Markdown and HTML findings after the article's own suppression comments, then the suppressions file. */
    private FileFindings suppressed(String displayPath, ArticleText text, List<Finding> findings) {
        if (!text.isReadable()) {
            return applySuppressionsFile(findings, List.of());
        }
        InlineSuppressions.Outcome inline = InlineSuppressions.apply(displayPath, text.text(), findings, ruleIds);
        List<Finding> active = new ArrayList<>(inline.active());
        active.addAll(inline.problems());
        return applySuppressionsFile(active, inline.suppressed());
    }

    private FileFindings applySuppressionsFile(List<Finding> findings, List<SuppressedFinding> alreadySuppressed) {
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>(alreadySuppressed);
        for (Finding finding : findings) {
            suppressions.suppressing(finding, today).ifPresentOrElse(
                    entry -> suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.SUPPRESSIONS_FILE,
                            entry.reason())),
                    () -> active.add(finding));
        }
        return new FileFindings(active, suppressed);
    }

    /** Wire text has no comments, so it has no inline suppressions. */
    private static boolean isWireText(Path file) {
        return ArticleFormat.ofFileName(file.getFileName().toString()).orElse(null) == ArticleFormat.WIRE_TEXT;
    }

    private ArticleParser parser(Path file) {
        return ArticleFormat.ofFileName(file.getFileName().toString()).map(parsers::get).orElse(null);
    }

    private List<Finding> findings(ArticleParser parser, String displayPath, ArticleText text) {
        if (!text.isReadable()) {
            return List.of(InputFindings.of(displayPath, text.problem()));
        }
        if (text.text().isBlank()) {
            // An empty file among articles is a failed export or a slip, not an article that passes.
            return List.of(InputFindings.at(displayPath, 1, 1, "File is empty: there is no article to check"));
        }
        Article article;
        try {
            article = parser.parse(displayPath, text.text());
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(InputFindings.at(displayPath, 1, 1, "The file could not be parsed: " + e));
        }
        List<Finding> findings = new ArrayList<>();
        for (InputProblem problem : article.problems()) {
            findings.add(InputFindings.of(displayPath, problem));
        }
        // Unread front matter would look like none to a rule that reads it, which would then report
        // what the metadata may well hold (a source, a credit, a date): such rules stay quiet.
        boolean metadataUnread = article.problems().stream().anyMatch(InputProblem::metadataUnread);
        for (Rule rule : rules) {
            if (!(metadataUnread && rule.readsMetadata())) {
                runRule(rule, article, findings);
            }
        }
        return findings;
    }

    private static void runRule(Rule rule, Article article, List<Finding> findings) {
        if (!rule.when().appliesTo(article)) {
            return;
        }
        try {
            rule.check().check(article, rule.scope(), violation -> findings.add(finding(rule, article, violation)));
        } catch (RuntimeException | StackOverflowError e) {
            // A check that breaks on one article must not hide the rest of the run.
            findings.add(new Finding(article.path(), 1, 1, 1, 1, rule.id(), rule.severity(),
                    "Rule '" + rule.id() + "' failed on this article: " + e, "", "", ""));
        }
    }

    static Finding finding(Rule rule, Article article, Violation violation) {
        LineIndex lines = article.lines();
        int start = violation.sourceStart();
        int end = Math.max(start, violation.sourceEnd());
        String matched = article.text().substring(Math.min(start, article.text().length()),
                Math.min(end, article.text().length()));
        // HTML source is markup and entities: the message quotes what the reader sees. Wire copy and
        // Markdown are quoted as written.
        String shown = article.format() == ArticleFormat.HTML ? article.shownText(start, end, EXCERPT_SOURCE) : "";
        String excerpt = Excerpt.of(shown.isBlank() ? matched : shown);
        Map<String, String> values = new HashMap<>(violation.values());
        values.put("detail", violation.detail());
        values.replaceAll((name, value) -> Excerpt.cut(value, MAX_MESSAGE_VALUE));
        values.put("match", excerpt);
        String message = new StringSubstitutor(values).setDisableSubstitutionInValues(true).replace(rule.message());
        return new Finding(article.path(), lines.line(start), lines.column(start), lines.line(end), lines.column(end),
                rule.id(), violation.severityOr(rule.severity()), message, matched, excerpt,
                violation.values().getOrDefault(Violation.SUGGESTION, ""), violation.fix());
    }
}
