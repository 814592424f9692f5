package io.github.copydesk.rule.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Link;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.Metadata;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.rule.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Hand-written caption and image cases, each with its exact findings as {@code line:column level detail}. */
class PhotoCreditCheckTest {
    private static final Path RULE_FILE = Path.of("rules/newsroom/photo-credit.yml");
    private static final String CAPTION = "Caption without a photo credit";
    private static final String IMAGE = "Image without a photo credit";

    /** A made-up wire article; {@code %s} stands for the caption lines of its head block. */
    private static final String WIRE = """
             date 2025-03-11 BUSINESS
            Harbour to close for three weeks of repairs
            The operator says ferries will use the northern pier while the quay is rebuilt
            %s
            March 11, 2025

            The harbour will close for three weeks from April, the operator said on Tuesday.
            """;

    static List<String> findings(Article article, Map<String, Object> options) {
        Check check = PhotoCreditCheck.TYPE.create(new CheckOptions(options));
        List<Violation> violations = new ArrayList<>();
        check.check(article, PhotoCreditCheck.TYPE.defaultScope(), violations::add);
        return violations.stream().map(v -> article.lines().line(v.sourceStart()) + ":"
                + article.lines().column(v.sourceStart()) + " " + v.severityOr(Severity.ERROR).id() + " "
                + v.detail()).toList();
    }

    static List<String> wire(String captions) {
        return wire(captions, Map.of());
    }

    static List<String> wire(String captions, Map<String, Object> options) {
        return findings(WireTextParser.forArticles().parse("harbour.txt", WIRE.formatted(captions)), options);
    }

    static List<String> markdown(String text) {
        return findings(new MarkdownParser().parse("harbour.md", text), Map.of());
    }

    static Stream<Arguments> creditedCaptions() {
        return Stream.of(
                Arguments.of("Cranes stand idle at the old quay on Monday. / Photo: AA"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Photo: Jane Doe"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (Photo: Reuters)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Credit: Harbour Authority"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Jane Doe/Getty Images"),
                Arguments.of("Cranes stand idle at the old quay on Monday. REUTERS/Jane Doe"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (AA Photo)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (AFP)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. — Xinhua"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Photo by Jane Doe"),
                Arguments.of("Cranes stand idle at the old quay on Monday. © Jane Doe"),
                Arguments.of("Cranes stand idle at the old quay on Monday.\nPhoto: AA"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Photograph: Jane Doe/Harbour Times"),
                Arguments.of("Cranes stand idle at the old quay on Monday. / Photo: AA\nA ferry leaves the northern pier. (Photo: Jane Doe)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Credit Jane Doe"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (Jane Doe/The Coast Herald via AP)"),
                Arguments.of("Cranes stand idle at the old quay on Monday, in a photo via AP"),
                Arguments.of("Cranes stand idle at the old quay on Monday. [File: Reuters]"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Jane Doe/Harbour Post"),
                Arguments.of("Cranes stand idle at the old quay on Monday. J. Doe/Harbour Post"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (Image credit: Portville Council)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. Image: Jane Doe / The Coast Herald"),
                Arguments.of("Jane Doe with the quilt she sewed for the lifeboat crew. Submitted photo"),
                Arguments.of("Jane Doe with the quilt she sewed for the lifeboat crew. (Handout)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (Photo Jane Doe. AFP)"),
                Arguments.of("Cranes stand idle at the old quay on Monday. (Bild: Hafenamt)"),
                Arguments.of("Cranes stand idle at the old quay on Monday.CreditJane Doe"),
                Arguments.of("CreditJane Doe + John Roe for The Coast Herald"),
                Arguments.of("Media caption The harbour master explains the repairs"));
    }

    static Stream<Arguments> captionsThatOnlyLookCredited() {
        return Stream.of(
                Arguments.of("Visitors at the Harbour Photo Fair on Monday."),
                Arguments.of("Night ferries between Portville/Dalby run again."),
                Arguments.of("Cranes stand idle. Credit Suisse paid for the new quay wall."),
                Arguments.of("CreditWorks Harbour Loans paid for the new quay wall on Monday."),
                Arguments.of("Volunteers submitted plans for the old quay on Monday."));
    }

    @ParameterizedTest
    @MethodSource("captionsThatOnlyLookCredited")
    void aCreditWordInTheCaptionIsNoCredit(String caption) {
        assertThat(wire(caption)).containsExactly("4:1 error " + CAPTION);
    }

    @Test
    void aBlanketCreditLineCreditsEveryPictureOfTheArticle() {
        String uncredited = """
                The harbour will close for three weeks from April.

                Pictured: the old quay after the storm on Monday.
                """;
        assertThat(markdown(uncredited)).containsExactly("3:1 error " + CAPTION);
        assertThat(markdown("(All photos: Coast Herald staff)\n\n" + uncredited)).isEmpty();
        assertThat(markdown("Photos by Jane Doe\n\n" + uncredited)).isEmpty();
        assertThat(markdown("Photos of the storm are on show at the town hall, the council said.\n\n" + uncredited))
                .hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("creditedCaptions")
    void creditedCaptionIsFine(String captions) {
        assertThat(wire(captions)).isEmpty();
    }

    @Test
    void captionWithoutCredit() {
        assertThat(wire("Cranes stand idle at the old quay on Monday.")).containsExactly("4:1 error " + CAPTION);
    }

    @Test
    void secondCaptionWithoutCredit() {
        assertThat(wire("Cranes stand idle at the old quay on Monday. / Photo: AA\nA ferry leaves the northern pier in the fog."))
                .containsExactly("5:1 error " + CAPTION);
    }

    @Test
    void agencyInAParenthesisOpeningTheCaptionIsADatelineNotACredit() {
        assertThat(wire("LISBON (Reuters) cranes stand idle at the old quay on Monday."))
                .containsExactly("4:1 error " + CAPTION);
    }

    @Test
    void agencyNamedInTheCaptionTextIsNoCredit() {
        assertThat(wire("Reuters journalists film the cranes at the old quay on Monday."))
                .containsExactly("4:1 error " + CAPTION);
    }

    @Test
    void dateAndSlugLinesInTheHeadBlockAreNotCaptions() {
        assertThat(wire("Updated: 11.03.2025 14:05 GMT\nStaff reporter")).isEmpty();
    }

    @Test
    void standfirstAndHeadlineNeedNoCredit() {
        String text = """
                Harbour to close for three weeks of repairs
                The operator says ferries will use the northern pier while the quay is rebuilt
                March 11, 2025

                The harbour will close for three weeks from April.
                """;
        assertThat(findings(WireTextParser.forArticles().parse("harbour.txt", text), Map.of())).isEmpty();
    }

    @Test
    void aHeadBlockOfMoreThanTenCaptionLinesIsBodyCopyRunTogether() {
        String ten = "Cranes stand idle at the old quay on Monday.\n".repeat(10).strip();
        assertThat(wire(ten)).hasSize(10).allMatch(finding -> finding.endsWith("error " + CAPTION));
        assertThat(wire(ten + "\nCranes stand idle at the old quay on Monday.")).isEmpty();
    }

    @Test
    void creditOutsideTheAllowedAgenciesIsAWarning() {
        Map<String, Object> options = Map.of("allowedAgencies", List.of("AA", "Reuters"));
        assertThat(wire("Cranes stand idle at the old quay on Monday. Jane Doe/Getty Images", options))
                .containsExactly("4:46 warning The photo credit names 'Getty Images', which is not an allowed agency:"
                        + " credit one of AA, Reuters, or add it to allowedAgencies");
        assertThat(wire("Cranes stand idle at the old quay on Monday. / Photo: aa", options)).isEmpty();
        assertThat(wire("Cranes stand idle at the old quay on Monday. / Photo: Jane Doe", options)).isEmpty();
    }

    @Test
    void theWarningLevelNeverRaisesARuleSetLower() {
        Violation warning = new Violation(0, 1, "x", Map.of(), Severity.WARNING);
        assertThat(warning.severityOr(Severity.ERROR)).isEqualTo(Severity.WARNING);
        assertThat(new Violation(0, 1, "x").severityOr(Severity.ERROR)).isEqualTo(Severity.ERROR);
    }

    @Nested
    class Markdown {
        private static final String FRONT = "---\ntitle: Harbour to close\n---\n\n";

        @Test
        void imageWithoutCredit() {
            assertThat(markdown(FRONT + "![Cranes at the quay](/img/quay.jpg)\n\nThe harbour will close in April.\n"))
                    .containsExactly("5:1 error " + IMAGE);
        }

        @Test
        void creditInTheImageTitle() {
            assertThat(markdown(FRONT + "![Cranes at the quay](/img/quay.jpg \"Photo: Reuters\")\n\nThe harbour will close.\n"))
                    .isEmpty();
        }

        @Test
        void creditInTheCaptionParagraphUnderTheImage() {
            assertThat(markdown(FRONT + "![Cranes at the quay](/img/quay.jpg)\n\n*Cranes at the old quay. Photo: AA*\n\nThe harbour will close.\n"))
                    .isEmpty();
            assertThat(markdown(FRONT + "![Cranes at the quay](/img/quay.jpg)\n*Photo: AA*\n\nThe harbour will close.\n"))
                    .isEmpty();
        }

        @Test
        void aHeadingUnderTheImageIsNoCaption() {
            assertThat(markdown(FRONT + "![Cranes](/img/quay.jpg)\n\n## Photo: the quay\n\nThe harbour will close.\n"))
                    .containsExactly("5:1 error " + IMAGE);
        }

        @Test
        void creditInTheFrontMatterForThatImage() {
            String credited = "---\ntitle: Harbour\nimage:\n  src: /img/quay.jpg\n  credit: Jane Doe\n---\n\n"
                    + "![Cranes at the quay](/img/quay.jpg)\n\nThe harbour will close.\n";
            assertThat(markdown(credited)).isEmpty();
            assertThat(markdown(credited.replace("](/img/quay.jpg)", "](/img/ferry.jpg)")))
                    .containsExactly("8:1 error " + IMAGE);
        }

        @Test
        void aFrontMatterCreditBesideThePathOrForTheSameFile() {
            String flat = "---\ntitle: Harbour\nimage: /img/quay.jpg\nimage_credit: Jane Doe\n---\n\n"
                    + "![Cranes at the quay](/img/quay.jpg)\n\nThe harbour will close.\n";
            assertThat(markdown(flat)).isEmpty();
            assertThat(markdown(flat.replace("image: /img/quay.jpg", "image: quay.jpg"))).isEmpty();
            assertThat(markdown(flat.replace("image: /img/quay.jpg", "image: /img/ferry.jpg")))
                    .containsExactly("7:1 error " + IMAGE);
            assertThat(markdown(flat.replace("image: /img/quay.jpg\n", ""))).isEmpty();
        }

        @Test
        void aRawHtmlImageIsAnImage() {
            String inline = FRONT + "Cranes at the quay <img src=\"/img/quay.jpg\" alt=\"Cranes\">\n\nThe harbour will close.\n";
            assertThat(markdown(inline)).containsExactly("5:20 error " + IMAGE);
            assertThat(markdown(inline.replace("alt=\"Cranes\"", "alt=\"Cranes\" title=\"Photo: AA\""))).isEmpty();
            assertThat(markdown(inline.replace("alt=\"Cranes\"", "width=\"16\" alt=\"\""))).isEmpty();
        }

        @Test
        void aRawHtmlFigureIsAnImageAndItsCaption() {
            String figure = FRONT + "<figure>\n<img src=\"/img/quay.jpg\" alt=\"Cranes\">\n"
                    + "<figcaption>Cranes at the old quay.</figcaption>\n</figure>\n\nThe harbour will close.\n";
            assertThat(markdown(figure)).containsExactly("6:1 error " + IMAGE);
            assertThat(markdown(figure.replace("quay.</figcaption>", "quay. Photo: Jane Doe</figcaption>"))).isEmpty();
        }

        @Test
        void hugoFigureWithAttrOrWithout() {
            String credited = FRONT + "{{< figure src=\"/img/quay.jpg\" caption=\"Cranes at the quay.\" attr=\"Reuters\" >}}\n\nText.\n";
            assertThat(markdown(credited)).isEmpty();
            assertThat(markdown(credited.replace(" attr=\"Reuters\"", "")))
                    .containsExactly("5:1 error Figure without a photo credit");
            assertThat(markdown(credited.replace(" attr=\"Reuters\"", "").replace("quay.\"", "quay. Photo: AA\"")))
                    .isEmpty();
        }
    }

    @Nested
    class Html {
        /** The blocks an HTML parser makes of a figure: the image (alt text, src and title) and its figcaption. */
        private Article figure(String title, String figcaption) {
            String text = "<figure><img src=\"quay.jpg\" alt=\"Cranes\" title=\"" + title + "\"><figcaption>" + figcaption
                    + "</figcaption></figure>\n<p>The harbour will close.</p>\n";
            int img = text.indexOf("<img");
            int alt = text.indexOf("Cranes");
            int caption = text.indexOf(figcaption, text.indexOf("<figcaption>"));
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block(BlockKind.IMAGE, "Cranes", io.github.copydesk.article.SourceMap.contiguous(alt, 6),
                    List.of(new Link("quay.jpg", title, img, text.indexOf(">", img) + 1))));
            if (!figcaption.isEmpty()) {
                blocks.add(Block.verbatim(BlockKind.CAPTION, figcaption, caption));
            }
            blocks.add(Block.verbatim(BlockKind.PARAGRAPH, "The harbour will close.", text.indexOf("The harbour")));
            return new Article("harbour.html", ArticleFormat.MARKDOWN, text, Metadata.EMPTY, blocks, List.of());
        }

        @Test
        void figcaptionRightAfterTheImageIsItsCaption() {
            assertThat(findings(figure("", "Cranes at the old quay. Photo: AA"), Map.of())).isEmpty();
            assertThat(findings(figure("", "Cranes at the old quay on Monday."), Map.of()))
                    .containsExactly("1:9 error " + IMAGE);
        }

        @Test
        void creditInTheImageTitleAttribute() {
            assertThat(findings(figure("Photo: Jane Doe", ""), Map.of())).isEmpty();
        }

        private static List<String> page(String body) {
            return findings(new io.github.copydesk.article.HtmlParser().parse("harbour.html",
                    "<html><body><article><h1>Harbour to close</h1>\n" + body
                            + "\n<p>The harbour will close for three weeks from April.</p></article></body></html>"),
                    Map.of());
        }

        @Test
        void aCreditInAParagraphNestedInTheFigcaptionCreditsTheImage() {
            assertThat(page("<figure><img src=\"quay.jpg\" alt=\"Cranes\"><figcaption><p>Cranes at the old quay.</p>"
                    + "<p>Photo: Jane Doe</p></figcaption></figure>")).isEmpty();
            assertThat(page("<figure><img src=\"quay.jpg\" alt=\"Cranes\"><figcaption><p>Cranes at the old quay.</p>"
                    + "<p>On Monday.</p></figcaption></figure>")).containsExactly("2:9 error " + IMAGE);
        }

        @Test
        void aCreditLineRightAfterTheFigureCreditsTheImage() {
            assertThat(page("<figure><img src=\"quay.jpg\" alt=\"Cranes\"><figcaption>Cranes at the old quay."
                    + "</figcaption></figure><p class=\"credit\">Photo: Jane Doe</p>")).isEmpty();
            assertThat(page("<figure><img src=\"quay.jpg\" alt=\"Cranes\"></figure><p>Jane Doe/Harbour Post</p>")).isEmpty();
        }

        @Test
        void aCreditTheMarkupStatesCreditsTheImage() {
            assertThat(page("<figure data-credit=\"Jane Doe\"><img src=\"quay.jpg\" alt=\"Cranes\">"
                    + "<figcaption>Cranes at the old quay.</figcaption></figure>")).isEmpty();
            assertThat(page("<figure><img src=\"quay.jpg\" alt=\"Cranes\"><figcaption>Cranes at the old quay."
                    + "<span itemprop=\"copyrightHolder\">Jane Doe</span></figcaption></figure>")).isEmpty();
            assertThat(page("<figure><img src=\"quay.jpg\" alt=\"Cranes\"><figcaption>Cranes at the old quay."
                    + "<span class=\"caption-credit\">Jane Doe</span></figcaption></figure>")).isEmpty();
        }

        @Test
        void aVideosMediaCaptionNeedsNoPhotoCredit() {
            assertThat(page("<figure><img src=\"poster.jpg\" alt=\"The harbour master\"><figcaption>Media caption"
                    + " The harbour master explains the repairs</figcaption></figure>")).isEmpty();
            assertThat(page("<figure><video src=\"repairs.mp4\"></video><figcaption>The harbour master explains the"
                    + " repairs</figcaption></figure>")).isEmpty();
        }

        @Test
        void aPhotoShownTwiceIsReportedOnce() {
            assertThat(page("<figure><img src=\"/media/quay.jpg\" alt=\"Cranes\"></figure>"
                    + "<figure><img src=\"/media/quay-150x150.jpg\" alt=\"Cranes\"></figure>"
                    + "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/media/pier.jpg\" alt=\"Pier\"></figure>"))
                    .containsExactly("2:9 error " + IMAGE, "2:131 error " + IMAGE);
        }

        @Test
        void pageFurnitureNeedsNoCredit() {
            assertThat(page("<p class=\"byline\"><img src=\"/staff/jane-doe.jpg\" alt=\"Jane Doe\"> By Jane Doe</p>"
                    + "<a href=\"https://www.facebook.com/sharer/sharer.php\"><img src=\"/share/fb.png\" alt=\"Share\"></a>"
                    + "<img src=\"https://stats.example.org/count.gif\" width=\"1\" height=\"1\" alt=\"\">"
                    + "<div class=\"ad-slot\"><img src=\"/creative/ferry-sale.jpg\" alt=\"Ferry sale\"></div>")).isEmpty();
        }
    }

    @Nested
    class Options {
        @Test
        void badValuesAreOptionExceptions() {
            assertThatThrownBy(() -> PhotoCreditCheck.TYPE.create(new CheckOptions(Map.of("labels", List.of()))))
                    .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("labels"));
            assertThatThrownBy(() -> PhotoCreditCheck.TYPE.create(new CheckOptions(Map.of("allowedAgencies", List.of(" ")))))
                    .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("allowedAgencies"));
        }
    }

    @Nested
    class RuleFile {
        @Test
        void optionsEqualTheDefaultsOfTheCheck() throws IOException {
            Map<?, ?> options = (Map<?, ?>) ruleFile().get("options");
            assertThat(options.keySet().stream().map(String::valueOf).toList())
                    .containsExactlyInAnyOrderElementsOf(PhotoCreditCheck.TYPE.optionNames());
            assertThat(options.get("labels")).isEqualTo(PhotoCreditCheck.DEFAULT_LABELS);
            assertThat(options.get("agencies")).isEqualTo(PhotoCreditCheck.DEFAULT_AGENCIES);
            assertThat((List<?>) options.get("allowedAgencies")).isEmpty();
            assertThat(options.get("captionCues")).isEqualTo(PhotoCreditCheck.DEFAULT_CAPTION_CUES);
            assertThat(options.get("bodyCopyWords")).isEqualTo(PhotoCreditCheck.DEFAULT_BODY_COPY_WORDS);
            assertThat(options.get("maxCaptionWords")).isEqualTo(PhotoCreditCheck.DEFAULT_MAX_CAPTION_WORDS);
            assertThat(ruleFile().get("scope")).isEqualTo(
                    PhotoCreditCheck.TYPE.defaultScope().stream().sorted().map(Enum::name).toList());
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> ruleFile() throws IOException {
            try (InputStream in = Files.newInputStream(RULE_FILE)) {
                return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            }
        }
    }
}
