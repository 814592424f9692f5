package io.github.copydesk.config;

import io.github.copydesk.article.LineIndex;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.text.Excerpt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Suppressions an editor writes into a Markdown or HTML article as comments, read from the raw
 * text so they work whatever a parser keeps of comments:
 *
 * <pre>
 * &lt;!-- copydesk-disable-next-line promo-link -- the partner link is part of the deal --&gt;
 * &lt;!-- copydesk-disable quote-attribution, source-line -- reason --&gt; ... &lt;!-- copydesk-enable quote-attribution --&gt;
 * &lt;!-- copydesk-disable-file promo-link -- reason --&gt;
 * </pre>
 *
 * {@code disable-next-line} covers findings that start on the next line that is not blank;
 * {@code disable} covers the lines after it up to a matching {@code enable}, or to the end of
 * the file. A comment without a reason, naming an unknown rule, or suppressing nothing is itself
 * a finding of {@link #RULE_ID}, at the comment, and suppresses nothing.
 */
public final class InlineSuppressions {
    public static final String RULE_ID = "copydesk-suppression";
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    /** What every comment of copydesk's opens with: a text without it has no suppressions and no problems. */
    public static final String PREFIX = "copydesk-";
    private static final List<String> DIRECTIVES = List.of("disable-next-line", "disable", "enable", "disable-file");

    private final String path;
    private final String text;
    private final LineIndex lines;
    private final Collection<String> ruleIds;
    /** The latest {@code disable} of each rule that no {@code enable} has closed yet. */
    private final Map<String, Scope> openDisables = new HashMap<>();

    private InlineSuppressions(String path, String text, Collection<String> ruleIds) {
        this.path = path;
        this.text = text;
        this.lines = new LineIndex(text);
        this.ruleIds = ruleIds;
    }

    /** What the comments of one article made of its findings. */
    public record Outcome(List<Finding> active, List<SuppressedFinding> suppressed, List<Finding> problems) {
    }

    /**
     * Applies the comments in {@code text} (the article at {@code path}, line ends read as
     * {@code \n}) to its {@code findings}; {@code ruleIds} are the rules a comment may name.
     */
    public static Outcome apply(String path, String text, List<Finding> findings, Collection<String> ruleIds) {
        if (!text.contains(PREFIX) || !text.contains(OPEN)) {
            return new Outcome(findings, List.of(), List.of());
        }
        return new InlineSuppressions(path, text, ruleIds).apply(findings);
    }

    private Outcome apply(List<Finding> findings) {
        List<Finding> problems = new ArrayList<>();
        List<Scope> scopes = scopes(problems);
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Scope> scope = scopes.stream().filter(s -> s.covers(finding)).findFirst();
            if (scope.isPresent()) {
                scope.get().used = true;
                suppressed.add(new SuppressedFinding(finding, SuppressedFinding.Kind.INLINE, scope.get().reason));
            } else {
                active.add(finding);
            }
        }
        for (Scope scope : scopes) {
            if (!scope.used) {
                problems.add(problem(scope.comment, "copydesk-" + scope.directive + " " + scope.rule
                        + " suppresses nothing: no '" + scope.rule + "' finding " + scope.where() + "; remove it"));
            }
        }
        return new Outcome(active, suppressed, problems);
    }

    /** Reads every comment; an open {@code disable} waits for its {@code enable}. */
    private List<Scope> scopes(List<Finding> problems) {
        List<Scope> scopes = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf(OPEN, from);
            if (open < 0) {
                break;
            }
            int bodyStart = skipBlanks(open + OPEN.length());
            if (!text.startsWith(PREFIX, bodyStart)) {
                from = open + OPEN.length();
                continue;
            }
            int close = text.indexOf(CLOSE, bodyStart);
            if (close < 0) {
                problems.add(problem(new Comment(open, text.length(), text.substring(open)),
                        "copydesk comment is not closed with '-->'"));
                break;
            }
            Comment comment = new Comment(open, close + CLOSE.length(), text.substring(open, close + CLOSE.length()));
            read(comment, text.substring(bodyStart + PREFIX.length(), close), scopes, problems);
            from = close + CLOSE.length();
        }
        return scopes;
    }

    private void read(Comment comment, String body, List<Scope> scopes, List<Finding> problems) {
        String[] words = body.strip().split("\\s+", 2);
        String directive = words[0].toLowerCase(Locale.ROOT);
        if (!DIRECTIVES.contains(directive)) {
            problems.add(problem(comment, "unknown copydesk comment 'copydesk-" + words[0] + "'"
                    + ClosestName.to(directive, DIRECTIVES).map(d -> " (did you mean 'copydesk-" + d + "'?)").orElse("")));
            return;
        }
        String rest = words.length > 1 ? words[1] : "";
        int separator = reasonSeparator(rest);
        String reason = separator < 0 ? "" : rest.substring(separator + 2).strip();
        List<String> rules = Arrays.stream((separator < 0 ? rest : rest.substring(0, separator)).split("[\\s,]+"))
                .filter(rule -> !rule.isEmpty()).toList();
        if (rules.isEmpty()) {
            problems.add(problem(comment, "copydesk-" + directive + " names no rule: name the rules it is for"));
            return;
        }
        if (directive.equals("enable")) {
            rules.forEach(rule -> enable(comment, rule, problems));
            return;
        }
        if (reason.isEmpty()) {
            problems.add(problem(comment, "copydesk-" + directive + " " + String.join(", ", rules)
                    + " has no reason: add one after ' -- ' to say why the finding may stay"));
            return;
        }
        for (String rule : rules) {
            if (!ruleIds.contains(rule)) {
                problems.add(problem(comment, "copydesk-" + directive + " names unknown rule '" + rule + "'"
                        + ClosestName.hint(rule, ruleIds)));
            } else {
                Scope scope = new Scope(directive, rule, reason, comment);
                scopes.add(scope);
                if (directive.equals("disable")) {
                    openDisables.put(rule, scope);
                }
            }
        }
    }

    private void enable(Comment comment, String rule, List<Finding> problems) {
        Scope open = openDisables.remove(rule);
        if (open != null) {
            open.endLine = lines.line(comment.start);
        } else {
            problems.add(problem(comment, "copydesk-enable " + rule + " has no copydesk-disable " + rule + " before it"));
        }
    }

    /** The " -- " before the reason: two dashes with a blank (or nothing) on either side. */
    private static int reasonSeparator(String rest) {
        int at = rest.indexOf("--");
        while (at >= 0) {
            boolean blankBefore = at == 0 || Character.isWhitespace(rest.charAt(at - 1));
            boolean blankAfter = at + 2 == rest.length() || Character.isWhitespace(rest.charAt(at + 2));
            if (blankBefore && blankAfter) {
                return at;
            }
            at = rest.indexOf("--", at + 2);
        }
        return -1;
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private Finding problem(Comment comment, String message) {
        int line = lines.line(comment.start);
        int column = lines.column(comment.start);
        return new Finding(path, line, column, lines.line(comment.end), lines.column(comment.end), RULE_ID,
                Severity.ERROR, message, comment.text, Excerpt.of(comment.text), "");
    }

    /** The first line after {@code offset}'s line that holds more than blanks. */
    private int nextContentLine(int offset) {
        int lineEnd = text.indexOf('\n', offset);
        while (lineEnd >= 0) {
            int next = text.indexOf('\n', lineEnd + 1);
            String line = text.substring(lineEnd + 1, next < 0 ? text.length() : next);
            if (!line.isBlank()) {
                return lines.line(lineEnd + 1);
            }
            lineEnd = next;
        }
        return -1;
    }

    private record Comment(int start, int end, String text) {
    }

    /** The lines and rule one comment suppresses; {@code used} once it has suppressed a finding. */
    private final class Scope {
        final String directive;
        final String rule;
        final String reason;
        final Comment comment;
        final int startLine;
        int endLine;
        boolean used;

        Scope(String directive, String rule, String reason, Comment comment) {
            this.directive = directive;
            this.rule = rule;
            this.reason = reason;
            this.comment = comment;
            int afterComment = lines.line(comment.end);
            switch (directive) {
                case "disable-next-line" -> {
                    int next = nextContentLine(comment.end);
                    this.startLine = next;
                    this.endLine = next;
                }
                case "disable" -> {
                    this.startLine = afterComment;
                    this.endLine = Integer.MAX_VALUE;
                }
                default -> {
                    this.startLine = 1;
                    this.endLine = Integer.MAX_VALUE;
                }
            }
        }

        boolean covers(Finding finding) {
            return finding.ruleId().equals(rule) && startLine > 0 && finding.line() >= startLine
                    && finding.line() <= endLine;
        }

        String where() {
            return switch (directive) {
                case "disable-next-line" -> startLine > 0 ? "starts on line " + startLine : "follows";
                case "disable" -> endLine == Integer.MAX_VALUE ? "follows it" : "up to line " + endLine;
                default -> "in the file";
            };
        }
    }
}
