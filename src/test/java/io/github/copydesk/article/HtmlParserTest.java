package io.github.copydesk.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlParserTest {
    private final HtmlParser parser = new HtmlParser();

    private Article parse(String text) {
        return parser.parse("world/harbour-story.html", text);
    }

    /** "line:column" in the original file of the first occurrence of {@code word} in the block's text. */
    private static String where(Article article, Block block, String word) {
        int index = block.text().indexOf(word);
        assertThat(index).as("'%s' in %s", word, block.text()).isNotNegative();
        return at(article, block.sourceOffset(index));
    }

    private static String at(Article article, int offset) {
        return article.lines().line(offset) + ":" + article.lines().column(offset);
    }

    private static List<BlockKind> kinds(Article article) {
        return article.blocks().stream().map(Block::kind).toList();
    }

    private static List<String> texts(Article article) {
        return article.blocks().stream().map(Block::text).toList();
    }

    private static Block block(Article article, BlockKind kind) {
        return article.blocks().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    /** Where markup was only dropped, each text character is the very character at its source offset. */
    private static void assertMapsExactly(Article article) {
        for (Block block : article.blocks()) {
            for (int i = 0; i < block.text().length(); i++) {
                char shown = block.text().charAt(i);
                char written = article.text().charAt(block.sourceOffset(i));
                if (shown == ' ') {
                    assertThat(Character.isWhitespace(written)).as("char %d of %s is a blank", i, block).isTrue();
                } else {
                    assertThat(written).as("char %d of %s", i, block).isEqualTo(shown);
                }
            }
        }
    }

    @Test
    void metaContentValuesAreMetadataBlocksAtTheirPlaceInTheFile() {
        Article article = parse("<html><head>\n<meta name=\"source\" content=\"Harbour Wire\">\n"
                + "<meta property=\"article:section\" content=\"WORLD\"></head>\n<body><p>Ferries sail.</p></body></html>\n");

        Block source = article.metadataValues("source").get(0);
        assertThat(source.kind()).isEqualTo(BlockKind.METADATA);
        assertThat(source.text()).isEqualTo("Harbour Wire");
        assertThat(at(article, source.sourceStart())).isEqualTo("2:30");
        assertThat(at(article, article.metadataValues("article:section").get(0).sourceStart())).isEqualTo("3:43");
        assertThat(article.metadataValues("author")).isEmpty();
    }

    @Nested
    class Body {
        @Test
        void paragraphTextIsShownAsABrowserShowsItAndMapsToItsLinesAndColumns() {
            Article article = parse("<p>The ferry\n    leaves <b>at</b>   dawn,\n<i>says</i> the port.</p>\n");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(paragraph.text()).isEqualTo("The ferry leaves at dawn, says the port.");
            assertThat(where(article, paragraph, "The")).isEqualTo("1:4");
            assertThat(where(article, paragraph, "leaves")).isEqualTo("2:5");
            assertThat(where(article, paragraph, "at")).isEqualTo("2:15");
            assertThat(where(article, paragraph, "dawn")).isEqualTo("2:24");
            assertThat(where(article, paragraph, "says")).isEqualTo("3:4");
            assertThat(at(article, paragraph.sourceEnd())).isEqualTo("3:22");
            assertThat(article.format()).isEqualTo(ArticleFormat.HTML);
            assertMapsExactly(article);
        }

        @Test
        void entitiesAreDecodedAndPointAtTheirAmpersand() {
            Article article = parse("<p>Fish &amp; chips &lt;hot&gt; &#x1F517; end</p>");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Fish & chips <hot> 🔗 end");
            assertThat(where(article, paragraph, "&")).isEqualTo("1:9");
            assertThat(where(article, paragraph, "chips")).isEqualTo("1:15");
            assertThat(where(article, paragraph, "<")).isEqualTo("1:21");
            assertThat(where(article, paragraph, "hot")).isEqualTo("1:25");
            assertThat(where(article, paragraph, ">")).isEqualTo("1:28");
            assertThat(where(article, paragraph, "🔗")).isEqualTo("1:33");
            assertThat(where(article, paragraph, "end")).isEqualTo("1:43");
        }

        @Test
        void entitiesWithoutSemicolonsAndBareAmpersandsMapAsABrowserReadsThem() {
            Article article = parse("<p>a &notit; b & c &amp d</p>");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("a ¬it; b & c & d");
            assertThat(where(article, paragraph, "¬")).isEqualTo("1:6");
            assertThat(where(article, paragraph, "it;")).isEqualTo("1:10");
            assertThat(where(article, paragraph, "& c")).isEqualTo("1:16");
            assertThat(where(article, paragraph, "& d")).isEqualTo("1:20");
            assertThat(where(article, paragraph, "d")).isEqualTo("1:25");
        }

        @Test
        void aLineBreakIsKeptWithoutTheBlanksAroundIt() {
            Article article = parse("<p>Harbour Road 4 <br>\n  Tel. 555 0100</p>");

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("Harbour Road 4\nTel. 555 0100");
            assertThat(where(article, paragraph, "\n")).isEqualTo("1:19");
            assertThat(where(article, paragraph, "Tel.")).isEqualTo("2:3");
        }

        @Test
        void preformattedTextKeepsItsLines() {
            Article article = parse("<pre>Tide   table\n06:00  high</pre>");

            assertThat(texts(article)).containsExactly("Tide   table\n06:00  high");
            assertThat(where(article, article.blocks().get(0), "06:00")).isEqualTo("2:1");
        }

        @Test
        void headingsParagraphsListsAndQuotesBecomeBlocksOfTheirKind() {
            Article article = parse("""
                    <article>
                    <h1>Ferry Returns</h1>
                    <p>The boat is back.</p>
                    <h2>Timetable</h2>
                    <ul><li>Monday</li><li><p>Tuesday</p></li></ul>
                    <blockquote><p>We waited years.</p><ul><li>Quoted item</li></ul></blockquote>
                    <h1>Second title</h1>
                    <dl><dt>Fare</dt><dd>Two coins</dd></dl>
                    </article>
                    """);

            assertThat(kinds(article)).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.HEADING,
                    BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.LIST_ITEM, BlockKind.HEADING,
                    BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
            assertThat(texts(article)).containsExactly("Ferry Returns", "The boat is back.", "Timetable", "Monday",
                    "Tuesday", "We waited years.", "Quoted item", "Second title", "Fare", "Two coins");
            assertThat(where(article, article.blocks().get(4), "Tuesday")).isEqualTo("5:27");
            assertThat(where(article, article.blocks().get(5), "We")).isEqualTo("6:16");
        }

        @Test
        void textOutsideParagraphsIsAParagraphOfItsOwn() {
            Article article = parse("<div>Loose text<div>Inner</div>tail</div>");

            assertThat(texts(article)).containsExactly("Loose text", "Inner", "tail");
            assertThat(kinds(article)).containsOnly(BlockKind.PARAGRAPH);
            assertThat(where(article, article.blocks().get(2), "tail")).isEqualTo("1:32");
        }

        @Test
        void theArticlesHeaderHoldsHeadlineStandfirstAndDatelineAndItsBylineIsNoStandfirst() {
            Article article = parse("""
                    <article><header>
                    <h1>Harbour opens</h1>
                    <p>Ferries link the islands again.</p>
                    <p class="byline">By Jane Doe</p>
                    <p class="dateline">PORTVILLE, March 14</p>
                    </header>
                    <p class="lead">The first boat left at dawn.</p>
                    <p>Body.</p>
                    <section><header><h2>Timetable</h2><p>Boats leave every hour.</p></header></section>
                    </article>
                    """);

            assertThat(kinds(article)).containsExactly(BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.PARAGRAPH,
                    BlockKind.DATELINE, BlockKind.STANDFIRST, BlockKind.PARAGRAPH, BlockKind.HEADING,
                    BlockKind.PARAGRAPH);
            assertThat(texts(article)).containsExactly("Harbour opens", "Ferries link the islands again.",
                    "By Jane Doe", "PORTVILLE, March 14", "The first boat left at dawn.", "Body.", "Timetable",
                    "Boats leave every hour.");
        }

        @Test
        void anAsideIsReadInPlaceSoThatAPromoBoxIsSeen() {
            Article article = parse("<article><p>One.</p><aside><p>Read more: Ferries</p></aside><p>Two.</p></article>");

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
            assertThat(texts(article)).containsExactly("One.", "Read more: Ferries", "Two.");
            assertThat(where(article, article.blocks().get(1), "Read")).isEqualTo("1:31");
        }

        @Test
        void scriptsStylesNavigationTemplatesCommentsAndHiddenElementsAreNoText() {
            Article article = parse("""
                    <body><nav><a href="/">Home</a></nav>
                    <script>var teaser = "Read more";</script><style>p { color: red }</style>
                    <p>Kept<!-- Read more: hidden --> text.</p>
                    <noscript><p>Enable scripts</p></noscript><template><p>Card</p></template>
                    <p hidden>Draft teaser</p><svg><text>Chart</text></svg>
                    </body>
                    """);

            assertThat(texts(article)).containsExactly("Kept text.");
            assertThat(where(article, article.blocks().get(0), "text.")).isEqualTo("3:35");
        }

        @Test
        void theArticleElementIsReadAndTheRestOfThePageIsNot() {
            Article article = parse("""
                    <body><header><p>Newsroom Daily</p></header>
                    <aside><article><p>Card in the sidebar</p></article></aside>
                    <main><article><p>The story.</p></article></main>
                    <footer><p>Contact us</p></footer></body>
                    """);

            assertThat(texts(article)).containsExactly("The story.");
        }

        @Test
        void anEmptyFirstArticleAndAMainOfAdScriptsArePassedOverForTheStory() {
            Article article = parse("""
                    <body><article><meta itemprop="datePublished" content="2025-03-04"></article>
                    <main class="ad-rail"><div id="dfp-top"><script>ads.push({});</script></div></main>
                    <div class="page"><main class="article-body">
                    <p>The harbour board froze ferry fares across the bay until March, saying families needed relief.</p>
                    <p>Fares on the three routes had been due to rise by six percent, the board's chair said.</p>
                    </main></div></body>
                    """);

            assertThat(texts(article)).hasSize(2).allMatch(text -> text.startsWith("The harbour board")
                    || text.startsWith("Fares on"));
            assertThat(article.problems()).isEmpty();
        }

        @Test
        void theStoryIsTheArticleAroundItsParagraphsNotTheTeaserCardsBeforeIt() {
            Article article = parse("""
                    <body><article class="card"><p>Tram fares to rise in May</p></article>
                    <article class="story"><h1>Library reopens</h1>
                    <div class="body"><p>The central library reopened its doors after a two-year rebuild, staff said.</p>
                    <p>More than 1,200 people queued before the doors opened at nine, the librarian said.</p></div>
                    </article></body>
                    """);

            assertThat(texts(article)).containsExactly("Library reopens",
                    "The central library reopened its doors after a two-year rebuild, staff said.",
                    "More than 1,200 people queued before the doors opened at nine, the librarian said.");
        }

        @Test
        void theHeadlineBylineAndTimeJustBeforeTheStorysContainerAreReadWithIt() {
            Article article = parse("""
                    <body><header class="site"><div class="logo">Harbour Gazette</div></header>
                    <div class="wrap"><div class="story-head"><h1>Storm cuts power</h1>
                    <p class="byline">By <a rel="author" href="/staff/mira-stone">Mira Stone</a></p>
                    <time datetime="2025-03-04">March 4, 2025</time></div>
                    <div class="article-body"><p>Thousands of homes along the coast were without power, the operator said.</p>
                    <p>Crews had restored supply to about half of the 9,000 homes by the evening, it said.</p></div>
                    <aside><p>Most read: tram fares, the new park, the ferry timetable and more stories</p></aside></div></body>
                    """);

            assertThat(texts(article)).containsExactly("Storm cuts power", "By Mira Stone", "March 4, 2025",
                    "Thousands of homes along the coast were without power, the operator said.",
                    "Crews had restored supply to about half of the 9,000 homes by the evening, it said.");
            assertThat(kinds(article).get(0)).isEqualTo(BlockKind.HEADLINE);
            assertThat(article.metadata().byline()).isEqualTo("By Mira Stone");
            assertThat(article.metadata().publicationDate()).hasToString("2025-03-04");
        }

        @Test
        void shareBarsAdLabelsCommentCountersAndCopyrightLinesAreNoTextButAPromoBoxIs() {
            Article article = parse("""
                    <article><p>The council approved the tram extension to Eastfield on Monday.</p>
                    <div class="share-bar"><a href="/share">Share</a> <span>214 shares</span></div>
                    <div class="ad-slot"><span>Advertisement</span></div>
                    <p>Advertisement</p><p>inRead invented by Teads</p><p>12 Comments</p>
                    <div class="newsletter-box"><p>Get the morning briefing in your inbox.</p></div>
                    <p>&copy; 2025 Harbour Gazette. All rights reserved.</p>
                    <p>Construction is due to start next spring.</p></article>
                    """);

            assertThat(texts(article)).containsExactly("The council approved the tram extension to Eastfield on Monday.",
                    "Get the morning briefing in your inbox.", "Construction is due to start next spring.");
        }

        @Test
        void jsonLdGivesTheDateAuthorAndPublisherWhereNoMetaTagDoes() {
            Article article = parse("""
                    <head><script type="application/ld+json">
                    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Home"},
                     {"@type": "NewsArticle", "datePublished": "2025-03-04T07:30:00+01:00",
                      "author": [{"@type": "Person", "name": "Mira Stone"}, {"@type": "Person", "name": "Owen Marsh"}],
                      "publisher": {"@type": "Organization", "name": "Harbour Gazette"}}]}
                    </script></head><body><article><p>Today the ferry fares were frozen.</p></article></body>
                    """);

            assertThat(article.metadata().publicationDate()).hasToString("2025-03-04");
            assertThat(article.metadata().byline()).isEqualTo("Mira Stone, Owen Marsh");
            assertThat(article.metadata().fields()).containsEntry("publisher", "Harbour Gazette");
        }

        @Test
        void microdataAndABylineSetAsAHeadingGiveDateAndAuthor() {
            Article micro = parse("<article><meta itemprop=\"datePublished\" content=\"2025-05-06\">"
                    + "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Hanne Berg</span></span>"
                    + "<p>The steam train returned to the valley line on Tuesday.</p></article>");
            Article heading = parse("<article><h1>Star sells mansion</h1><h4>BY HARBOUR GAZETTE STAFF</h4>"
                    + "<p>The singer sold her hillside mansion for 12 million, records show.</p></article>");

            assertThat(micro.metadata().publicationDate()).hasToString("2025-05-06");
            assertThat(micro.metadata().byline()).isEqualTo("Hanne Berg");
            assertThat(heading.metadata().byline()).isEqualTo("HARBOUR GAZETTE STAFF");
        }

        @Test
        void aDateShownAloneInTheStorysHeadDatesItButADateInASentenceDoesNot() {
            Article shown = parse("<body><div class=\"head\"><h1>Library reopens</h1><h6 class=\"byline\">By Joan Pereira</h6>"
                    + "<p><em>Posted on May 20, 2019, at 11:29 a.m.</em></p></div><div class=\"body\">"
                    + "<p>The central library reopened its doors today after a two-year rebuild, staff said.</p></div></body>");
            Article told = parse("<article><p>The library closed on May 20, 2019, for a two-year rebuild, staff said.</p>"
                    + "<p>May 20, 2019</p></article>");

            assertThat(shown.metadata().publicationDate()).hasToString("2019-05-20");
            assertThat(texts(shown)).contains("Posted on May 20, 2019, at 11:29 a.m.");
            assertThat(told.metadata().publicationDate()).isNull();
        }

        @Test
        void withoutAnArticleElementMainIsRead() {
            Article article = parse("<body><p>Site banner</p><main><p>The story.</p></main></body>");

            assertThat(texts(article)).containsExactly("The story.");
        }

        @Test
        void withoutArticleOrMainTheBodyIsRead() {
            Article article = parse("Plain words &amp; more\n\n<p>Second</p>");

            assertThat(texts(article)).containsExactly("Plain words & more", "Second");
            assertThat(kinds(article)).containsOnly(BlockKind.PARAGRAPH);
        }

        @Test
        void aClosingSourceParagraphIsTheSourceLineAndAMixedCaseOneMidStoryIsNot() {
            Article article = parse("<p>Prices rose.</p><p>Source: TurkStat</p><p>More prose.</p>\n<p>SOURCE: AA</p>");

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                    BlockKind.SOURCE_LINE);
            assertThat(where(article, article.blocks().get(3), "SOURCE")).isEqualTo("2:4");
        }

        @Test
        void aTableRowIsOneParagraphWithItsCellsApart() {
            Article article = parse("<table><caption>Fares</caption>\n<tr><th>Route</th><th>Fare</th></tr>\n"
                    + "<tr><td>Pier</td><td>2.50</td></tr></table>");

            assertThat(texts(article)).containsExactly("Fares", "Route Fare", "Pier 2.50");
            assertThat(kinds(article)).containsOnly(BlockKind.PARAGRAPH);
            assertThat(where(article, article.blocks().get(2), "2.50")).isEqualTo("3:22");
        }

        @Test
        void aPageWithoutShownTextIsAProblem() {
            Article article = parse("<html><body>\n<div id=\"app\"></div><script>render();</script></body></html>");

            assertThat(article.blocks()).isEmpty();
            assertThat(article.problems()).containsExactly(new InputProblem(
                    "No article text: the page shows no text outside scripts, styles and navigation", 1, 1));
        }

        @Test
        void unclosedTagsStillGiveTheirText() {
            Article article = parse("<p>First <b>bold\n<p>Second <i>open");

            assertThat(texts(article)).containsExactly("First bold", "Second open");
            assertThat(where(article, article.blocks().get(1), "Second")).isEqualTo("2:4");
        }
    }

    @Nested
    class ImagesAndLinks {
        @Test
        void anImageIsABlockOfItsAltTextWithItsSourceAndTitleAsALink() {
            String text = "<p>Before <img src=\"pier.jpg\" alt=\"The pier &amp; boats\" title=\"Dawn\"> after</p>";
            Article article = parse(text);

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.IMAGE);
            assertThat(texts(article)).containsExactly("Before after", "The pier & boats");
            Block image = article.blocks().get(1);
            assertThat(where(article, image, "The")).isEqualTo("1:36");
            assertThat(where(article, image, "&")).isEqualTo("1:45");
            assertThat(where(article, image, "boats")).isEqualTo("1:51");
            assertThat(image.links()).containsExactly(new Link("pier.jpg", "Dawn", 10, text.indexOf(" after")));
        }

        @Test
        void aFigureCaptionFollowsItsImageWhereverTheMarkupPutsIt() {
            Article article = parse("""
                    <figure><figcaption>Boats at the pier. Photo: AA</figcaption>
                    <img src="pier.jpg" alt="Pier"></figure>
                    <p>Body.</p>
                    <figure><img src="quay.jpg" alt=""><figcaption>The quay. Photo: AFP</figcaption></figure>
                    """);

            assertThat(kinds(article)).containsExactly(BlockKind.IMAGE, BlockKind.CAPTION, BlockKind.PARAGRAPH,
                    BlockKind.IMAGE, BlockKind.CAPTION);
            assertThat(texts(article)).containsExactly("Pier", "Boats at the pier. Photo: AA", "Body.", "",
                    "The quay. Photo: AFP");
            assertThat(where(article, article.blocks().get(1), "Photo")).isEqualTo("1:40");
            assertThat(at(article, article.blocks().get(3).sourceStart())).isEqualTo("4:9");
        }

        @Test
        void aLinkKeepsItsTextTargetAndTheSourceItSpans() {
            String text = "<p>See the <a href=\"https://example.org/m?a=1&amp;b=2\">council\n minutes</a> today.</p>";
            Article article = parse(text);

            Block paragraph = article.blocks().get(0);
            assertThat(paragraph.text()).isEqualTo("See the council minutes today.");
            assertThat(paragraph.links()).containsExactly(new Link("https://example.org/m?a=1&b=2", "council minutes",
                    text.indexOf("<a"), text.indexOf(" today")));
            assertThat(where(article, paragraph, "minutes")).isEqualTo("2:2");
        }

        @Test
        void aLinkAroundOnlyAnImageBelongsToTheImage() {
            Article article = parse("<p>Gallery <a href=\"/photos/a-large.jpg\"><img src=\"a.jpg\" alt=\"Harbour\"></a></p>");

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH, BlockKind.IMAGE);
            assertThat(article.blocks().get(0).links()).isEmpty();
            assertThat(article.blocks().get(1).links()).extracting(Link::url, Link::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a.jpg", ""),
                            org.assertj.core.groups.Tuple.tuple("/photos/a-large.jpg", "Harbour"));
        }

        @Test
        void aLinkAroundBlocksIsALinkOfEach() {
            Article article = parse("<a href=\"/ferries\"><h3>Ferry timetable</h3><p>All crossings</p></a>");

            assertThat(kinds(article)).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH);
            assertThat(article.blocks().get(0).links()).extracting(Link::text).containsExactly("Ferry timetable");
            assertThat(article.blocks().get(1).links()).extracting(Link::url, Link::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/ferries", "All crossings"));
        }
    }

    @Nested
    class PhotosAndFurniture {
        private List<String> images(String body) {
            return parse("<html><body><article><p>The harbour will close.</p>" + body + "</article></body></html>")
                    .blocks().stream().filter(block -> block.kind() == BlockKind.IMAGE)
                    .map(block -> block.links().get(0).url()).toList();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "<img src=\"/theme/site-logo.png\" alt=\"The Coast Herald\">",
            "<img class=\"icon icon-print\" src=\"/theme/print.png\" alt=\"Print\">",
            "<img src=\"/theme/sprite.gif\" alt=\"\">",
            "<img src=\"/theme/share.svg\" alt=\"Share\">",
            "<img src=\"/p/pixel.gif\" alt=\"\">",
            "<img src=\"https://stats.example.org/count?id=7\" alt=\"\">",
            "<img src=\"/media/quay.jpg\" width=\"1\" height=\"1\" alt=\"\">",
            "<img src=\"/media/quay.jpg\" width=\"32\" alt=\"\">",
            "<img src=\"/media/quay.jpg\" style=\"width:20px;height:20px\" alt=\"\">",
            "<img src=\"/media/quay.jpg\" role=\"presentation\" alt=\"\">",
            "<img src=\"/media/quay.jpg\" aria-hidden=\"true\" alt=\"\">",
            "<img src=\"\" alt=\"\">",
            "<div class=\"byline\"><img src=\"/staff/jane-doe.jpg\" alt=\"Jane Doe\"> By Jane Doe</div>",
            "<div class=\"author-box\"><img src=\"/staff/jane-doe.jpg\" alt=\"Jane Doe\"></div>",
            "<a href=\"https://twitter.com/coastherald\"><img src=\"/media/follow.png\" alt=\"Follow us\"></a>",
            "<a href=\"mailto:?subject=Harbour\"><img src=\"/media/mail.png\" alt=\"Email\"></a>",
            "<figure class=\"chart\"><img src=\"/media/tonnage.png\" alt=\"Tonnage by year\"></figure>",
            "<img class=\"graphic\" src=\"/media/tonnage.png\" alt=\"Tonnage by year\">",
            "<div class=\"ad-slot\"><img src=\"/creative/ferry-sale.jpg\" alt=\"Ferry sale\"></div>",
            "<aside class=\"sponsored\"><img src=\"/creative/ferry-sale.jpg\" alt=\"Ferry sale\"></aside>",
            "<ul class=\"related\"><li><a href=\"/news/ferry-fares\"><img src=\"/media/fares.jpg\" alt=\"\">"
                    + "Ferry fares rise</a></li></ul>"})
        void furnitureIsNoImage(String markup) {
            assertThat(images(markup)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "<img src=\"/media/quay.jpg\" alt=\"Cranes at the old quay\">",
            "<img src=\"/media/quay.jpg\" width=\"640\" height=\"0\" alt=\"\">",
            "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/media/quay.jpg\" alt=\"\">",
            "<figure><a href=\"/news/harbour-gallery\"><img src=\"/media/quay.jpg\" alt=\"\"></a></figure>",
            "<a href=\"/media/quay-large.jpg\"><img src=\"/media/quay.jpg\" alt=\"\"></a>",
            "<div class=\"entry author-jane\"><img src=\"/media/quay.jpg\" alt=\"\"></div>"})
        void aPhotoIsAnImage(String markup) {
            assertThat(images(markup)).hasSize(1);
        }

        @Test
        void aCreditTheMarkupStatesFollowsTheTitle() {
            Article article = parse("<figure data-credit=\"Jane Doe\"><img src=\"quay.jpg\" title=\"The quay\"></figure>"
                    + "<figure><img src=\"pier.jpg\"><figcaption>The pier.<span itemprop=\"copyrightHolder\">"
                    + "Harbour Post</span></figcaption></figure>");

            assertThat(article.blocks()).filteredOn(block -> block.kind() == BlockKind.IMAGE)
                    .extracting(block -> block.links().get(0).text())
                    .containsExactly("The quay © Jane Doe", "© Harbour Post");
        }

        @Test
        void theCaptionOfAFigureWithoutAPhotoIsNoCaption() {
            Article article = parse("<figure><video src=\"repairs.mp4\"></video><figcaption>The repairs</figcaption></figure>"
                    + "<figure><blockquote>We will reopen in May.</blockquote><figcaption>Jane Doe</figcaption></figure>");

            assertThat(kinds(article)).doesNotContain(BlockKind.CAPTION, BlockKind.IMAGE);
        }

        @Test
        void aLinkAroundFurnitureAloneIsNoLink() {
            Article article = parse("<p>Share <a href=\"https://www.facebook.com/sharer.php\"><img src=\"fb.png\""
                    + " width=\"16\" height=\"16\" alt=\"\"></a></p>");

            assertThat(article.blocks()).singleElement().satisfies(block -> assertThat(block.links()).isEmpty());
        }
    }

    @Nested
    class MetaTags {
        @Test
        void metaTagsGiveDateSectionSourceTitleAndByline() {
            Article article = parse("""
                    <html><head>
                    <title>Harbour opens | Newsroom Daily</title>
                    <meta property="og:title" content="Harbour opens">
                    <meta property="article:published_time" content="2025-03-14T08:30:00+03:00">
                    <meta property="article:section" content="ECONOMY">
                    <meta name="source" content="AA">
                    <meta name="author" content="Jane Doe">
                    <meta name="keywords" content="ferry, harbour">
                    </head><body><article><h1>Harbour opens today</h1></article></body></html>
                    """);

            var metadata = article.metadata();
            assertThat(metadata.publicationDate()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(metadata.section()).isEqualTo("ECONOMY");
            assertThat(metadata.source()).isEqualTo("AA");
            assertThat(metadata.title()).isEqualTo("Harbour opens");
            assertThat(metadata.byline()).isEqualTo("Jane Doe");
            assertThat(metadata.fields()).containsEntry("og:title", "Harbour opens")
                    .containsEntry("article:published_time", "2025-03-14T08:30:00+03:00")
                    .containsEntry("keywords", "ferry, harbour").containsEntry("date", "2025-03-14")
                    .containsEntry("section", "ECONOMY").containsEntry("title", "Harbour opens")
                    .containsEntry("author", "Jane Doe").hasSize(9);
            assertThat(article.problems()).isEmpty();
        }

        @Test
        void theFirstTimeWithADateThenTheDateMetaTagGiveTheDate() {
            Article timed = parse("<meta name=\"date\" content=\"2025-01-01\"><article><time datetime=\"09:00\">9am"
                    + "</time><time datetime=\"2025-03-14\">March 14</time></article>");
            Article dated = parse("<meta name=\"date\" content=\"2025-01-02\"><p>Body.</p>");

            assertThat(timed.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(dated.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 1, 2));
        }

        @Test
        void theTitleFallsBackToTheTitleElementThenTheFirstHeadline() {
            assertThat(parse("<title> Harbour </title><h1>Other</h1>").metadata().title()).isEqualTo("Harbour");
            assertThat(parse("<h2>Sub</h2><h1>Harbour\n opens</h1>").metadata().title()).isEqualTo("Harbour opens");
            assertThat(parse("<p>No title</p>").metadata().title()).isNull();
        }

        @Test
        void aBylineElementGivesTheBylineWithoutAnAuthorTag() {
            assertThat(parse("<article><p>Text.</p><p class=\"Byline\">By  Jane Doe</p></article>").metadata().byline())
                    .isEqualTo("By Jane Doe");
            assertThat(parse("<p>Text by <a rel=\"noopener author\" href=\"/jd\">Jane Doe</a></p>").metadata().byline())
                    .isEqualTo("Jane Doe");
            assertThat(parse("<p>Text.</p>").metadata().byline()).isNull();
        }

        @Test
        void aPublicationDateThatIsNoDateIsAProblemAtItsValue() {
            Article article = parse("<head>\n  <meta property=\"article:published_time\" content=\"2025-02-30\">\n</head>"
                    + "<article><time datetime=\"2025-03-01\">1 March</time></article>");

            assertThat(article.problems()).containsExactly(new InputProblem(
                    "Publication date in <meta property=\"article:published_time\"> is not a date: \"2025-02-30\""
                            + " (expected YYYY-MM-DD)", 2, 52));
            assertThat(article.metadata().publicationDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        }
    }

    @Nested
    class HostileMarkup {
        @Test
        void crlfFilesKeepExactLinesAndColumns() {
            String crlf = "<article>\r\n<h1>Ferry</h1>\r\n<p>The boat\r\n  &amp; crew.</p>\r\n</article>\r\n";
            ArticleText text = new ArticleReader(UTF_8, 1_000_000).decode(crlf.getBytes(UTF_8));
            Article article = parser.parse("ferry.html", text.text());

            Block paragraph = block(article, BlockKind.PARAGRAPH);
            assertThat(paragraph.text()).isEqualTo("The boat & crew.");
            assertThat(where(article, paragraph, "The")).isEqualTo("3:4");
            assertThat(where(article, paragraph, "&")).isEqualTo("4:3");
            assertThat(where(article, paragraph, "crew")).isEqualTo("4:9");
        }

        @Test
        void tenThousandNestedElementsNeitherOverflowNorLoseText() {
            String text = "<div>".repeat(10_000) + "\n<p>Deep text.</p>" + "</div>".repeat(10_000);
            Article article = parse(text);

            assertThat(texts(article)).containsExactly("Deep text.");
            assertThat(where(article, article.blocks().get(0), "Deep")).isEqualTo("2:4");
        }

        @Test
        void aHugeAttributeAndJunkAreReadWithoutTrouble() {
            String alt = "x".repeat(200_000);
            Article article = parse("<p>\u0001\uFFFD<<>></p><img alt=\"" + alt + "\" src=\"" + alt + "\n<p>After</p>");

            assertThat(kinds(article)).containsExactly(BlockKind.PARAGRAPH);
            assertThat(texts(article)).containsExactly("\u0001\uFFFD<<>>");
        }
    }
}
