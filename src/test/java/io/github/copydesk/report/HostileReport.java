package io.github.copydesk.report;

import io.github.copydesk.engine.InputFindings;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A made-up run whose article text, paths and messages carry everything a report must escape:
 * quotes, markup, a script, ampersands, line breaks, {@code %}, {@code ::}, commas, non-ASCII
 * letters and an emoji outside the BMP.
 */
final class HostileReport {
    static final String HOSTILE_PATH = "content/world/q&a, 50%: \"<b>\".txt";
    static final String CLEAN_PATH = "content/world/clean.txt";
    static final String MISSING_PATH = "content/world/gone.txt";

    static final String ARTICLE = String.join("\n",
            " date 2025-04-02 WORLD",
            "Ferry café reopens after \"<b>storm</b>\" & repairs",
            "Coast Weekly - <script>alert(1)</script> harbour news",
            "\"><img src=x onerror=alert(2)> &amp; </textarea> more",
            "🔗",
            "",
            "Ünal said the cafe would reopen on Monday.",
            "",
            "SOURCE:AA",
            "");

    static final String PROMO_MATCH = "Coast Weekly - <script>alert(1)</script> harbour news\n"
            + "\"><img src=x onerror=alert(2)> &amp; </textarea> more\n🔗";

    static final Finding PROMO = new Finding(HOSTILE_PATH, 3, 1, 5, 2, "promo-link", Severity.ERROR,
            "Leftover promo block: \"Coast Weekly - <script>alert(1)</script> harbour ...\"", PROMO_MATCH,
            "Coast Weekly - <script>alert(1)</script> harbour ...", "");

    static final Finding SPELLING = new Finding(HOSTILE_PATH, 7, 15, 7, 19, "desk-spelling", Severity.WARNING,
            "Write \"café\" & keep 100%:: the\nhouse style, not cafe", "cafe", "cafe", "café");

    static final Finding UNREADABLE = new Finding(MISSING_PATH, 2, 4, 2, 5, InputFindings.RULE_ID, Severity.ERROR,
            "Not valid UTF-8: byte 0xE9 (set the encoding parameter if the file uses another encoding)", "", "", "");

    static final Finding NOTE = new Finding(HOSTILE_PATH, 9, 1, 9, 10, "source-line", Severity.INFO,
            "Source line SOURCE:AA, noted", "SOURCE:AA", "SOURCE:AA", "");

    static final List<ReportedRule> RULES = List.of(
            new ReportedRule("promo-link", Severity.ERROR, "Teaser lines & link markers a CMS left in the <body>."),
            new ReportedRule("source-line", Severity.INFO, "The article credits its source. It names one."),
            new ReportedRule("desk-spelling", Severity.WARNING, "House spellings: \"café\"."),
            new ReportedRule(InputFindings.RULE_ID, Severity.ERROR, Report.INPUT_RULE_DESCRIPTION));

    private HostileReport() {
    }

    /** The report over a folder holding the hostile article and a clean one; the third file is gone. */
    static Report in(Path base) {
        try {
            Path hostile = base.resolve(HOSTILE_PATH);
            Files.createDirectories(hostile.getParent());
            Files.writeString(hostile, ARTICLE, StandardCharsets.UTF_8);
            Files.writeString(base.resolve(CLEAN_PATH), "Clean text.\n\nSOURCE:AA\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report("1.2.3", base, StandardCharsets.UTF_8, 1_000_000,
                List.of(CLEAN_PATH, MISSING_PATH, HOSTILE_PATH), RULES,
                List.of(UNREADABLE, PROMO, SPELLING, NOTE));
    }
}
