package io.github.copydesk.rule.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.Excerpt;
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

/**
 * Hand-written quote cases: each gives a made-up body text and the exact findings, as
 * {@code line:column excerpt} of the opening quotation mark, or none.
 */
class QuoteAttributionCheckTest {
    private static final Path RULE_FILE = Path.of("rules/newsroom/quote-attribution.yml");

    static List<String> findings(Article article, Map<String, Object> options) {
        Check check = QuoteAttributionCheck.TYPE.create(new CheckOptions(options));
        List<Violation> violations = new ArrayList<>();
        check.check(article, QuoteAttributionCheck.TYPE.defaultScope(), violations::add);
        return violations.stream().map(v -> article.lines().line(v.sourceStart()) + ":"
                + article.lines().column(v.sourceStart()) + " "
                + Excerpt.of(article.text().substring(v.sourceStart(), v.sourceEnd()))).toList();
    }

    static List<String> body(String text) {
        return findings(WireTextParser.forSnippets().parse("quotes.txt", text), Map.of());
    }

    static List<String> body(String text, Map<String, Object> options) {
        return findings(WireTextParser.forSnippets().parse("quotes.txt", text), options);
    }

    static List<String> markdown(String text) {
        return findings(new MarkdownParser().parse("quotes.md", text), Map.of());
    }

    static Stream<Arguments> attributedQuotes() {
        return Stream.of(
                Arguments.of("curly quote, attribution after", "“We will rebuild every house before winter,” the mayor said."),
                Arguments.of("straight quote, attribution after", "\"We will rebuild every house before winter,\" the mayor said."),
                Arguments.of("attribution before with said", "The mayor said \"every house will be rebuilt before winter\"."),
                Arguments.of("colon introduction", "The mayor said: “Every house will be rebuilt before winter.”"),
                Arguments.of("speaker label with colon, no verb", "The mayor: “Every house will be rebuilt before winter.”"),
                Arguments.of("pronoun attribution", "“Every house will be rebuilt before winter,” he added."),
                Arguments.of("she told reporters", "“Every house will be rebuilt before winter,” she told reporters on Monday."),
                Arguments.of("attribution in the middle", "“Every house will be rebuilt,” the mayor said, “and the school will open in May.”"),
                Arguments.of("according to", "According to the ministry, \"the new line will carry 40,000 passengers a day\"."),
                Arguments.of("in a statement", "The ministry, in a statement, called for \"calm and restraint from all sides\"."),
                Arguments.of("said in a statement after", "“The new line will carry 40,000 passengers a day,” the ministry said in a statement."),
                Arguments.of("quoted as saying", "The coach was quoted as saying \"we played our best game of the season\"."),
                Arguments.of("attribution in the sentence before", "The mayor spoke to residents on Monday. “Every house will be rebuilt before winter.”"),
                Arguments.of("attribution in the sentence after", "“Every house will be rebuilt before winter.” That is what the mayor told residents."),
                Arguments.of("two quotes one attribution", "“Every house will be rebuilt before winter,” the mayor said. “The school will open again in May.”"),
                Arguments.of("multi-sentence quote", "“Every house will be rebuilt. The school will open in May. Nobody will be left behind,” the mayor said."),
                Arguments.of("nested single inside double", "“We call it ‘the long winter’ and we will never forget it,” a resident said."),
                Arguments.of("apostrophes inside the quote", "“The country’s farmers lost their ’90s savings in one night,” the minister said."),
                Arguments.of("question quote with asked", "“Who will pay for the repairs after the flood?” asked one resident."),
                Arguments.of("exclamation then lower-case verb", "“Open the gates to the families now!” shouted the crowd."),
                Arguments.of("wrote on social media", "The governor wrote on social media: \"The bridge is open to traffic again.\""),
                Arguments.of("quoted document says", "The agreement says \"both sides shall withdraw their forces within thirty days\"."),
                Arguments.of("dash and name after the quote", "“A city is its people, not its buildings.” — Jane Doe, mayor"),
                Arguments.of("Q&A transcript line", "Q: \"Will the bridge reopen before the end of this year?\""),
                Arguments.of("Q&A answer line", "A: “We hope so, but the engineers must finish first.”"),
                Arguments.of("interviewee name label", "MAYOR DOE: “We hope so, but the engineers must finish first.”"),
                Arguments.of("press review dash label", "Harbour Times – \"Ferries return to the bay after long winter\""),
                Arguments.of("mixed straight and curly marks", "\"Every house will be rebuilt before winter,” the mayor said."),
                Arguments.of("verb first then speaker", "“Every house will be rebuilt before winter,” said Mayor Jane Doe."),
                Arguments.of("present tense says", "“Every house will be rebuilt before winter,” the mayor says."),
                Arguments.of("abbreviation before the attribution", "“Every house will be rebuilt before winter,” Gen. John Roe told troops."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributedQuotes")
    void attributedQuoteIsFine(String name, String text) {
        assertThat(body(text)).isEmpty();
    }

    static Stream<Arguments> notQuotes() {
        return Stream.of(
                Arguments.of("scare quote in single marks", "The general praised the 'heroism' of the soldiers."),
                Arguments.of("scare quote in double marks", "Officials described the deal as a \"win-win\" for both sides."),
                Arguments.of("three words are a title", "The band played \"Dancing in September\" twice."),
                Arguments.of("book title in title case", "Her novel \"The House on the Long Road Home\" sold well."),
                Arguments.of("so-called name", "Leaders of the so-called \"group of friends of the river\" met on Friday."),
                Arguments.of("noun phrase after an article", "Members of the \"coalition of the willing\" met in Paris on Thursday."),
                Arguments.of("inch marks", "The 6'2\" striker and the 5'9\" keeper joined the club, as did a 12\" drill."),
                Arguments.of("apostrophes only", "Russia's farmers and the country’s ’90s savings were the talk of the town."),
                Arguments.of("slogan chanted", "Protesters chanted \"no more cuts to our schools\" outside the town hall."),
                Arguments.of("banner reading", "A banner reading \"we want our river back\" hung from the bridge."),
                Arguments.of("translation of a phrase", "The sign means \"welcome to the city of bridges\" in the local language."),
                Arguments.of("single curly marks are not quotes by default", "The minister spoke of ‘a new chapter for the whole region’ today."),
                Arguments.of("stray closing mark", "The 12-point plan” was adopted by the council on Monday."),
                Arguments.of("lone straight mark between blanks", "Prices rose by 4 \" in the first quarter, officials noted."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notQuotes")
    void titlesNamesAndScareQuotesAreNotQuotes(String name, String text) {
        assertThat(body(text)).isEmpty();
    }

    @Test
    void unattributedQuoteInItsOwnParagraph() {
        String text = """
                The bridge over the river reopened on Monday after three years.

                "We waited a very long time for this day to come."

                Traffic was heavy in both directions by the afternoon.
                """;
        assertThat(body(text)).containsExactly("3:1 \"We waited a very long time ...");
    }

    @Test
    void unattributedCurlyQuoteBetweenSentences() {
        String text = "The council approved the budget. The vote was close. “Every school gets a new roof.” Work starts soon. Crews are ready.";
        assertThat(body(text)).containsExactly("1:54 “Every school gets a new roof.”");
    }

    @Test
    void anUnattributedQuoteAmongAttributedOnes() {
        String text = """
                “The river rose faster than anyone expected,” the fire chief said.

                The water reached the first floor of the school. “Nobody could have stopped it in time.” Classes moved to the library.

                “We will reopen the school next week,” the headteacher told parents.
                """;
        assertThat(body(text)).containsExactly("3:50 “Nobody could have stopped it in ...");
    }

    @Test
    void verbInsideTheQuoteDoesNotAttributeIt() {
        String text = "The hall was full. “I told them we would never give up on this town.” The crowd cheered.";
        assertThat(body(text)).containsExactly("1:20 “I told them we would never ...");
    }

    @Test
    void capitalisedSaidMidSentenceIsAName() {
        String text = "The hall was full. “We will never give up on this town,” Said Hassan’s brother shouted. Next.";
        assertThat(body(text)).isEmpty();
        String unattributed = "The hall was full. “We will never give up on this town.” Said Hassan was there. Next came more.";
        assertThat(body(unattributed)).containsExactly("1:20 “We will never give up on ...");
    }

    @Test
    void unitedStatesIsNoAttribution() {
        String text = "Talks resumed. “Sanctions will stay until the troops leave.” The United States sent a delegation.";
        assertThat(body(text)).containsExactly("1:16 “Sanctions will stay until the troops ...");
    }

    @Test
    void sentenceTwoAwayIsTooFar() {
        String text = "The mayor spoke on Monday. Rain fell all day. “Every house will be rebuilt before winter.”";
        assertThat(body(text)).containsExactly("1:47 “Every house will be rebuilt before ...");
    }

    @Test
    void attributionInAnotherParagraphDoesNotCount() {
        String text = """
                The mayor spoke to residents on Monday, officials said.

                Rain fell all day. “Every house will be rebuilt before winter.” Roads were closed.
                """;
        assertThat(body(text)).containsExactly("3:20 “Every house will be rebuilt before ...");
    }

    @Test
    void multiParagraphQuoteIsOneQuoteWithOneAttribution() {
        String text = """
                “We waited three years for this bridge and many of us lost hope.

                “Now our children can cross the river safely,” the mayor said.
                """;
        assertThat(body(text)).isEmpty();
    }

    @Test
    void multiParagraphQuoteWithoutAttributionIsOneFindingAtItsOpening() {
        String text = """
                The bridge opened on Monday.

                "We waited three years for this bridge and many of us lost hope.

                "Now our children can cross the river safely."

                Traffic was heavy.
                """;
        assertThat(body(text)).containsExactly("3:1 \"We waited three years for this ...");
    }

    @Test
    void attributionInTheFirstParagraphOfAMultiParagraphQuoteServesTheRest() {
        String text = """
                The mayor said: “We waited three years for this bridge.

                “Now our children can cross the river safely.

                “And the shops on the far bank will have customers again.”
                """;
        assertThat(body(text)).isEmpty();
    }

    @Test
    void colonAtTheEndOfThePreviousParagraphIntroducesTheQuote() {
        String text = """
                Putin told the troops in a televised address:

                “You fulfilled your duty with honour and courage.”
                """;
        assertThat(body(text)).isEmpty();
    }

    @Test
    void aParagraphThatOnlyNamesTheSpeakerAttributesTheQuoteAbove() {
        String text = """
                “You fulfilled your duty with honour and courage.”

                he said.
                """;
        assertThat(body(text)).isEmpty();
    }

    @Test
    void aLongerNextParagraphDoesNotAttributeTheQuoteAbove() {
        String text = """
                “You fulfilled your duty with honour and courage.”

                The minister said later that the ceremony would be held every year in the capital.
                """;
        assertThat(body(text)).containsExactly("1:1 “You fulfilled your duty with honour ...");
    }

    @Test
    void pullQuoteRepeatingAnAttributedQuoteIsFine() {
        String text = """
                ---
                title: Bridge reopens
                ---

                > “Now our children can cross the river safely.”

                The bridge reopened on Monday.

                “Now our children can cross the river safely,” the mayor said.
                """;
        assertThat(markdown(text)).isEmpty();
    }

    @Test
    void blockquoteWithDashAttributionLine() {
        String text = """
                > “A city is its people, not its buildings.”
                > — Jane Doe, mayor
                """;
        assertThat(markdown(text)).isEmpty();
    }

    @Test
    void quotesInHeadingsAreLeftAloneByDefault() {
        String text = """
                ## "We will rebuild every single house"

                The mayor spoke on Monday.
                """;
        assertThat(markdown(text)).isEmpty();
    }

    @Test
    void markdownParagraphIsCheckedAtItsOriginalPosition() {
        String text = """
                ---
                title: Bridge reopens
                ---

                The bridge reopened. Rain fell. *“We waited a very long time for this.”* Roads closed. Shops opened.
                """;
        assertThat(markdown(text)).containsExactly("5:34 “We waited a very long time ...");
    }

    @Test
    void hugoShortcodeAttributesAreNotQuotes() {
        String text = """
                {{< figure src="/img/dam.jpg" caption="The dam at dawn on the first day of spring." attr="Reuters" >}}
                """;
        assertThat(markdown(text)).isEmpty();
    }

    @Test
    void britishSingleQuotesWhenTheOptionSaysSo() {
        String text = "Rain fell. The school was shut. ‘We will reopen when the water goes down.’ Roads closed.";
        assertThat(body(text, Map.of("singleQuotes", true))).containsExactly("1:33 ‘We will reopen when the water ...");
        assertThat(body(text.replace("Roads closed.", "the head said."), Map.of("singleQuotes", true))).isEmpty();
        assertThat(body("The country’s farmers and the soldiers’ families met. Rain fell. Roads closed.",
                Map.of("singleQuotes", true))).isEmpty();
    }

    @Test
    void minWordsOptionSetsTheLengthOfAQuote() {
        String text = "Rain fell all day. The plan came too late. \"Too little too late.\" Roads closed.";
        assertThat(body(text)).containsExactly("1:44 \"Too little too late.\"");
        assertThat(body(text, Map.of("minWords", 5))).isEmpty();
    }

    @Test
    void customAttributionsReplaceTheList() {
        String text = "“Every house will be rebuilt before winter,” the mayor promised.";
        assertThat(body(text, Map.of("attributions", List.of("remarked")))).containsExactly("1:1 “Every house will be rebuilt before ...");
    }

    @Test
    void unbalancedMarksNeverFail() {
        String text = "“ ” \" \"\" “““ ””” ‘’ '' \"a\"b\"c\" “open and never closed so the text runs on and on\n\nThe end.";
        assertThat(body(text)).containsExactly("1:32 “open and never closed so the ...");
        assertThat(body("\"")).isEmpty();
        assertThat(body("”")).isEmpty();
        assertThat(body("“")).isEmpty();
    }

    @Test
    void everyQuoteOfALongParagraphIsReported() {
        String text = "“Rain fell on the hills.” ".repeat(20_000);
        assertThat(body(text)).hasSize(20_000);
    }

    @Nested
    class TheParagraphBefore {
        @Test
        void aQuoteParagraphGoesOnWithTheSpeakerOfTheParagraphBefore() {
            String text = """
                    "We will rebuild every house on this street," the mayor said.

                    "It will take years, but we will do it."

                    "Nobody will be left without a roof this winter."
                    """;
            assertThat(body(text)).isEmpty();
        }

        @Test
        void aQuoteParagraphGoesOnWithTheSpeakerOfReportedSpeechJustBeforeIt() {
            String text = """
                    The minister met the farmers' leaders on Friday. He said the government stands by them.

                    "Please do not be misled by rumours about the talks. We are committed to every farmer."
                    """;
            assertThat(body(text)).isEmpty();
            String notReported = """
                    The minister met the farmers' leaders on Friday. The talks went on into the night.

                    "Please do not be misled by rumours about the talks. We are committed to every farmer."
                    """;
            assertThat(body(notReported)).containsExactly("3:1 \"Please do not be misled by ...");
        }

        @Test
        void aLineThatIsNoSentenceDoesNotStandBetweenThem() {
            String text = """
                    "Crews are working through the night to bring the lights back," the utility said.

                    RELATED Power returns to the valley after the storm

                    "Given the size of the outage, some homes will wait until Saturday."
                    """;
            assertThat(body(text)).isEmpty();
        }

        @Test
        void aTopicTagLinkBetweenThemDoesNotStandBetweenThem() {
            String text = """
                    "Crews are working through the night to bring the lights back," the utility said.

                    [power cuts](https://example.org/topics/power-cuts)

                    "Given the size of the outage, some homes will wait until Saturday."
                    """;
            assertThat(markdown(text)).isEmpty();
            assertThat(markdown(text.replace("\"Crews are working through the night to bring the lights back,\" the utility said.",
                    "Crews worked through the night to bring the lights back.")))
                    .containsExactly("5:1 \"Given the size of the outage, ...");
        }

        @Test
        void aParagraphOfProseBetweenThemBreaksTheThread() {
            String text = """
                    "We will rebuild every house on this street," the mayor said.

                    The council met on Tuesday to weigh the cost of the repairs against the budget.

                    "It will take years, but we will do it."
                    """;
            assertThat(body(text)).containsExactly("5:1 \"It will take years, but we ...");
        }

        @Test
        void aQuoteLeftOpenRunsPastParagraphsWithoutQuotationMarks() {
            String text = """
                    Writing in a weekly column, the presenter said: "The boycott has changed the show for the better.

                    Have your say

                    Send your letters to the editor and pick up an edition each Thursday for more comment.

                    "Listeners had grown weary of interviews that went nowhere.
                    """;
            assertThat(body(text + "\nThe station declined to comment.\n")).isEmpty();
        }

        @Test
        void aQuoteAfterAnUnattributedOneIsStillUnattributed() {
            String text = """
                    The bridge opened on Monday. "We waited a very long time for this day."

                    "Now our children can cross the river safely."
                    """;
            assertThat(body(text)).containsExactly("1:30 \"We waited a very long time ...",
                    "3:1 \"Now our children can cross the ...");
        }

        @Test
        void aColonIntroducesOnlyALeadInThatNamesOrSaysWhoSpeaks() {
            assertThat(body("The message from the capital was unambiguous: “We will not negotiate under threat.”"))
                    .containsExactly("1:47 “We will not negotiate under threat.”");
            assertThat(body("The verdict was plain: “We will not negotiate under threat.”"))
                    .containsExactly("1:24 “We will not negotiate under threat.”");
            assertThat(body("The minister told reporters: “We will not negotiate under threat.”")).isEmpty();
            assertThat(body("Mr Shapps was blunt about the figures: “We will not negotiate under threat.”")).isEmpty();
        }

        @Test
        void aParagraphEndingInAColonIntroducesOnlyASpeaker() {
            String unattributed = """
                    The message from the capital was unambiguous:

                    “We will not negotiate under threat.”
                    """;
            assertThat(body(unattributed)).containsExactly("3:1 “We will not negotiate under threat.”");
            String prompt = """
                    You may also want to watch:

                    “We will not negotiate under threat.”
                    """;
            assertThat(body(prompt)).containsExactly("3:1 “We will not negotiate under threat.”");
        }

        @Test
        void aCapitalisedVerbAfterAQuestionAttributesIt() {
            assertThat(body("“Who will pay for the repairs after the flood?” Asked the minister.")).isEmpty();
            assertThat(body("“Open the gates to the families now!” Shouted a man at the back.")).isEmpty();
        }

        @Test
        void aPartialQuoteInASentenceIsAttributedByIt() {
            assertThat(body("The ministry restated its resolve “to end the threat of floods in the valley”.")).isEmpty();
            assertThat(body("The ministry met on Monday. “End the threat of floods in the valley.” Work starts."))
                    .containsExactly("1:29 “End the threat of floods in ...");
        }

        @Test
        void aSubheadingStartsAfresh() {
            String text = """
                    "Crews are working through the night to bring the lights back," the utility said.

                    Questions about the outage

                    "Given the size of the outage, some homes will wait until Saturday."
                    """;
            assertThat(body(text)).containsExactly("5:1 \"Given the size of the outage, ...");
        }

        @Test
        void aQuoteEndingInACommaGoesOnToNameItsSpeaker() {
            assertThat(body("“I should not have tried this on my own, I guess,” was Riley’s lesson from the loss."))
                    .isEmpty();
            assertThat(body("“I should not have tried this on my own, I guess.” That was the lesson from the loss."))
                    .containsExactly("1:1 “I should not have tried this ...");
        }

        @Test
        void twoApostrophesCloseAQuote() {
            assertThat(body("\"The ministries work best together, as power and coal do,'' the minister said at a review."))
                    .isEmpty();
        }

        @Test
        void aQuoteCutOffByTheEndOfTheFileIsNotJudged() {
            String text = """
                    The dam held through the night.

                    “By the time the engineers reach the valley, the water will have
                    """;
            assertThat(body(text)).isEmpty();
            assertThat(body(text + "\nRoads were closed.\n")).containsExactly("3:1 “By the time the engineers reach ...");
        }
    }

    @Nested
    class WebCopy {
        @Test
        void copyInAnotherLanguageIsNotJudgedButTheSameShapeInEnglishIs() {
            String portuguese = "A câmara municipal aprovou na terça-feira um novo muro para o velho porto, depois de "
                    + "três invernos de disputa entre os moradores e a empresa que gere a marina.\n\n"
                    + "\"Não podemos passar por mais um inverno como o último, com as ondas dentro das casas.\"\n\n"
                    + "As obras começam em maio e devem durar dois anos, segundo o engenheiro da câmara.\n";
            String english = "The town council approved a new wall for the old harbour on Tuesday, after three winters "
                    + "of dispute between the residents and the company that runs the marina.\n\n"
                    + "\"We cannot go through another winter like the last one, with the waves inside the houses.\"\n\n"
                    + "The work starts in May and should take two years, according to the council's engineer.\n";

            assertThat(body(portuguese)).isEmpty();
            assertThat(body(english)).hasSize(1);
        }

        @Test
        void titlesInAListOfWorksCitedAreNotSpeech() {
            String text = "The river moved forty metres in a century, the survey found.\n\n## Works cited\n\n"
                    + "- Doe, Jane. \"How rivers change their course over a century.\" Valley Journal, 2019.\n"
                    + "- Roe, Sam. \"What the floods of the last decade left behind.\" Harbour Review, 2021.\n";

            assertThat(markdown(text)).isEmpty();
        }

        @Test
        void theSameQuoteOutsideAListOfWorksCitedIsStillReported() {
            String text = "The river moved forty metres in a century.\n\n## What comes next\n\n"
                    + "\"We will have to move the whole road further inland.\"\n";

            assertThat(markdown(text)).hasSize(1);
        }

        @Test
        void aPullQuoteTakesItsSpeakerFromTheNameLineUnderIt() {
            String text = "The council met on Monday.\n\n> “The wall will not survive another winter.”\n\n"
                    + "Jane Doe, harbour master\n\nThe vote is due in June.\n";

            assertThat(markdown(text)).isEmpty();
        }

        @Test
        void aQuoteWithTextAfterItInItsParagraphTakesNoSpeakerFromANameLine() {
            String text = "The council met on Monday.\n\n“The wall will not survive another winter.” The vote is in June.\n\n"
                    + "Jane Doe\n";

            assertThat(markdown(text)).hasSize(1);
        }

        @Test
        void aLongClauseBeforeAColonIntroducesItsSubjectsWords() {
            String lead = "The port's director, who has run the harbour for more than twenty years and has watched three "
                    + "winter storms breach the old wall while the council quarrelled over who should pay for the repairs, "
                    + "was in no mood to wait any longer: ";
            String other = "The port's new timetable, which moves the first ferry of the day forward by an hour and drops "
                    + "the late crossing at weekends while the council weighs the cost of the repairs to the old wall, "
                    + "has one aim: ";

            assertThat(body(lead + "“The wall will not survive another winter.”")).isEmpty();
            assertThat(body(other + "“Every boat in the fleet will be checked before winter.”")).hasSize(1);
            assertThat(body("The message from the capital was unambiguous: “We will not negotiate under threat.”"))
                    .hasSize(1);
        }
    }

    @Nested
    class Options {
        @Test
        void badValuesAreOptionExceptions() {
            assertThatThrownBy(() -> QuoteAttributionCheck.TYPE.create(new CheckOptions(Map.of("minWords", 0))))
                    .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("minWords"));
            assertThatThrownBy(() -> QuoteAttributionCheck.TYPE.create(new CheckOptions(Map.of("singleQuotes", "yes"))))
                    .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("singleQuotes"));
            assertThatThrownBy(() -> QuoteAttributionCheck.TYPE.create(new CheckOptions(Map.of("attributions", List.of()))))
                    .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo("attributions"));
        }

        @Test
        void defaultScopeLeavesHeadlinesAndHeadingsAlone() {
            assertThat(QuoteAttributionCheck.TYPE.defaultScope()).containsExactlyInAnyOrder(BlockKind.STANDFIRST,
                    BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM);
        }
    }

    @Nested
    class RuleFile {
        @Test
        void optionsEqualTheDefaultsOfTheCheck() throws IOException {
            Map<?, ?> options = (Map<?, ?>) ruleFile().get("options");
            assertThat(options.keySet().stream().map(String::valueOf).toList())
                    .containsExactlyInAnyOrderElementsOf(QuoteAttributionCheck.TYPE.optionNames());
            assertThat(options.get("minWords")).isEqualTo(QuoteAttributionCheck.DEFAULT_MIN_WORDS);
            assertThat(options.get("singleQuotes")).isEqualTo(QuoteAttributionCheck.DEFAULT_SINGLE_QUOTES);
            assertThat(options.get("attributions")).isEqualTo(QuoteAttributionCheck.DEFAULT_ATTRIBUTIONS);
            assertThat(options.get("speakerNouns")).isEqualTo(QuoteAttributionCheck.DEFAULT_SPEAKER_NOUNS);
            assertThat(options.get("citationHeadings")).isEqualTo(QuoteAttributionCheck.DEFAULT_CITATION_HEADINGS);
            assertThat(options.get("languageWords")).isEqualTo(QuoteAttributionCheck.DEFAULT_LANGUAGE_WORDS);
            assertThat(ruleFile().get("scope")).isEqualTo(
                    QuoteAttributionCheck.TYPE.defaultScope().stream().sorted().map(Enum::name).toList());
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> ruleFile() throws IOException {
            try (InputStream in = Files.newInputStream(RULE_FILE)) {
                return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            }
        }
    }
}
