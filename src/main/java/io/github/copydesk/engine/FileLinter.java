package io.github.copydesk.engine;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.ArticleParser;
import io.github.copydesk.article.ArticleReader;
import io.github.copydesk.article.ArticleText;
import io.github.copydesk.article.FileBytes;
import io.github.copydesk.article.InputProblem;
import io.github.copydesk.article.LineIndex;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.Excerpt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.StringSubstitutor;

/**
 * Checks one file: reads and parses it once, runs every rule on the parsed article, and turns
 * violations into located findings. Nothing a file contains makes it throw: a parser or a check
 * that fails, even by overflowing its stack on deeply nested or repetitive input, becomes a finding
 * on this file instead of ending the run.
 */
final class FileLinter {
    private final ArticleReader reader;
    private final Map<ArticleFormat, ArticleParser> parsers;
    private final List<Rule> rules;
    private final FindingsCache cache;

    FileLinter(ArticleReader reader, Map<ArticleFormat, ArticleParser> parsers, List<Rule> rules,
            FindingsCache cache) {
        this.reader = reader;
        this.parsers = parsers;
        this.rules = rules;
        this.cache = cache;
    }

    List<Finding> lint(Path file, String displayPath) {
        Optional<ArticleFormat> format = ArticleFormat.ofFileName(file.getFileName().toString());
        ArticleParser parser = format.map(parsers::get).orElse(null);
        if (parser == null) {
            return List.of(InputFindings.at(displayPath, 1, 1,
                    "Not an article format copydesk reads (.txt, .md, .markdown): " + file.getFileName()));
        }
        FileBytes bytes = reader.readBytes(file);
        if (!bytes.isReadable()) {
            return List.of(InputFindings.of(displayPath, bytes.problem()));
        }
        return cache.findings(displayPath, bytes.bytes(), () -> lint(displayPath, parser, bytes.bytes()));
    }

    /** What the rules find in a file's bytes: the same for the same bytes, so a cache may answer instead. */
    private List<Finding> lint(String displayPath, ArticleParser parser, byte[] bytes) {
        ArticleText text = reader.decode(bytes);
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
        for (Rule rule : rules) {
            runRule(rule, article, findings);
        }
        return findings;
    }

    private static void runRule(Rule rule, Article article, List<Finding> findings) {
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
        String excerpt = Excerpt.of(matched);
        Map<String, String> values = new HashMap<>(violation.values());
        values.put("detail", violation.detail());
        values.put("match", excerpt);
        String message = new StringSubstitutor(values).setDisableSubstitutionInValues(true).replace(rule.message());
        return new Finding(article.path(), lines.line(start), lines.column(start), lines.line(end), lines.column(end),
                rule.id(), rule.severity(), message, matched, excerpt,
                violation.values().getOrDefault(Violation.SUGGESTION, ""));
    }
}
