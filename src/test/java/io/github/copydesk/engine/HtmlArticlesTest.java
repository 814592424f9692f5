package io.github.copydesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in rules on HTML pages: the same findings as on wire copy, at the line and column of the markup. */
class HtmlArticlesTest {
    private static final String WIRE = """
             date 2025-03-14 ECONOMY
            Harbour city opens new ferry line
            Mayor says the islands are now close.
            March 14, 2025

            The harbour authority on Friday opened a ferry line to three islands.

            Harbour Daily - Island schools plan later start

            Teachers say pupils will sleep longer.

            🔗

            SOURCE:AA
            """;
    /** The wire story as a page, each paragraph on the line it has in the wire copy. */
    private static final String PAGE = """
            <html><head><meta property="article:published_time" content="2025-03-14"><meta property="article:section" content="ECONOMY"></head><body><article>
            <h1>Harbour city opens new ferry line</h1>
            <p class="standfirst">Mayor says the islands are now close.</p>
            <p class="dateline"><time datetime="2025-03-14">March 14, 2025</time></p>

            <p>The harbour authority on Friday opened a ferry line to three islands.</p>

            <p>Harbour Daily - Island schools plan later start</p>

            <p>Teachers say pupils will sleep longer.</p>

            <p>&#x1F517;</p>

            <p>SOURCE:AA</p>
            </article></body></html>
            """;

    @TempDir
    Path base;
    RuleSet rules;

    @BeforeEach
    void loadRules() throws Exception {
        rules = new RuleSetLoader().load(RuleSettings.defaults(base));
    }

    private List<String> findings(String name, String text) throws Exception {
        Path file = base.resolve(name);
        Files.writeString(file, text);
        LintResult result = new Linter().lint(new LintRequest(base, List.of(file), StandardCharsets.UTF_8,
                LintRequest.DEFAULT_MAX_FILE_SIZE, rules, 1));
        return result.findings().stream().map(HtmlArticlesTest::shown).toList();
    }

    private static String shown(Finding f) {
        return f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " [" + f.ruleId() + "] "
                + f.message();
    }

    @Test
    void theHtmlVersionOfAWireStoryGetsTheSameFindingAtItsParagraphsPlace() throws Exception {
        assertThat(findings("ferry.txt", WIRE)).containsExactly(
                "8:1-12:2 [promo-link] Leftover promo block: \"Harbour Daily - Island schools plan ...\"");
        assertThat(findings("ferry.html", PAGE)).containsExactly(
                "8:4-12:5 [promo-link] Leftover promo block: \"Harbour Daily - Island schools plan ...\"");
    }

    @Test
    void aParagraphThatIsOnlyALinkIsALeftoverButALinkInProseOrAListIsNot() throws Exception {
        String page = """
                <article><h1>Ferries resume</h1>
                <p>The <a href="/timetable">new timetable</a> starts on Monday.</p>
                <p> <a href="/schools">Island schools plan later start</a> </p>
                <ul><li><a href="/fares">Fares for islanders</a></li></ul>
                <p>SOURCE: AA</p></article>
                """;

        assertThat(findings("links.html", page)).containsExactly(
                "3:5-3:59 [promo-link] Paragraph that is only a link: \"Island schools plan later start\"");
    }

    @Test
    void messagesQuoteWhatTheReaderSeesNotTheMarkup() throws Exception {
        String page = "<p>Read more: <b>Ferries &amp; fares</b></p>\n<p>SOURCE: AA</p>";

        assertThat(findings("phrase.html", page)).containsExactly(
                "1:4-1:37 [promo-link] Leftover 'Read more' line: \"Read more: Ferries & fares\"");
    }

    @Test
    void aTrackingLinkIsFoundByItsTarget() throws Exception {
        String page = "<p>Details are on <a href=\"https://example.org/f?utm_source=feed&amp;x=1\">the port's page</a>.</p>"
                + "\n<p>SOURCE: AA</p>";

        assertThat(findings("tracking.html", page)).containsExactly(
                "1:19-1:94 [promo-link] Tracking link: \"the port's page\"");
    }

    @Test
    void aSourceInTheMetaTagsCreditsThePageAndWithoutOneTheLastParagraphIsFlagged() throws Exception {
        String body = "<article><h1>Ferries resume</h1>\n<p>The boats sail again.</p>\n<p>Fares stay the same.</p></article>";

        assertThat(findings("credited.html", "<meta name=\"source\" content=\"Reuters\">" + body)).isEmpty();
        assertThat(findings("uncredited.html", body)).containsExactly("3:4-3:24 [source-line] No source credited in the "
                + "text: if this is not the desk's own copy, end it with a source line such as 'SOURCE: AA'");
    }
}
