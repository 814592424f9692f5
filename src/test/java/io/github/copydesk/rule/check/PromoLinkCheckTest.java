package io.github.copydesk.rule.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.ArticleFormat;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Link;
import io.github.copydesk.article.HtmlParser;
import io.github.copydesk.article.MarkdownParser;
import io.github.copydesk.article.Metadata;
import io.github.copydesk.article.SourceMap;
import io.github.copydesk.article.WireTextParser;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class PromoLinkCheckTest {
    private static final Check DEFAULT = PromoLinkCheck.TYPE.create(CheckOptions.none());
    private static final Path RULE_FILE = Path.of("rules/newsroom/promo-link.yml");

    // --- whole-paragraph leftovers ------------------------------------------------------------

    static Stream<Arguments> leftoverParagraphs() {
        return Stream.of(
                Arguments.of("🔗", "Leftover link marker"),
                Arguments.of("👉 ➡️", "Leftover link marker"),
                Arguments.of("➡\uFE0F", "Leftover link marker"),
                Arguments.of("▶", "Leftover link marker"),
                Arguments.of("»", "Leftover link marker"),
                Arguments.of("Reuters - Dam talks stall as the rivers run low", "Leftover promo teaser"),
                Arguments.of("TRT World | Night trains return to the mountain line", "Leftover promo teaser"),
                Arguments.of("READ MORE: Lakeside town votes to rebuild its tram line", "Leftover 'Read more' line"),
                Arguments.of("Read more »", "Leftover 'Read more' line"),
                Arguments.of("READ MORE", "Leftover 'Read more' line"),
                Arguments.of("Related", "Leftover 'Related' line"),
                Arguments.of("Related: Farmers count the cost of a dry spring", "Leftover 'Related' line"),
                Arguments.of("Related news: Port strike enters its third day", "Leftover 'Related news' line"),
                Arguments.of("See also – Bridge repairs delayed again", "Leftover 'See also' line"),
                Arguments.of("Also read 👉 Valley schools to open an hour later", "Leftover 'Also read' line"),
                Arguments.of("Recommended for you.", "Leftover 'Recommended for you' line"),
                Arguments.of("More on this story: Flood defences tested", "Leftover 'More on this story' line"),
                Arguments.of("Read more about the ferry dispute: Unions reject offer", "Leftover 'Read more' line"),
                Arguments.of("Watch: Divers recover a medieval anchor", "Leftover 'Watch' line"),
                Arguments.of("Don’t miss: The best photos of the spring festival", "Leftover 'Don't miss' line"),
                Arguments.of("Click here to watch the full interview.", "Leftover sign-up blurb"),
                Arguments.of("👉 Click here for the live blog", "Leftover sign-up blurb"),
                Arguments.of("Subscribe to our YouTube channel for more videos.", "Leftover sign-up blurb"),
                Arguments.of("Sign up for the weekly climate newsletter.", "Leftover sign-up blurb"),
                Arguments.of("Download our app for breaking news alerts.", "Leftover sign-up blurb"),
                Arguments.of("Follow us on X and Instagram for updates.", "Leftover sign-up blurb"),
                Arguments.of("Join our WhatsApp channel for breaking news.", "Leftover sign-up blurb"),
                Arguments.of("Get the latest headlines in your inbox every morning.", "Leftover sign-up blurb"),
                Arguments.of("Share this with family and friends", "Leftover sign-up blurb"),
                Arguments.of("We use your email address only to send you our newsletters.", "Leftover sign-up blurb"),
                Arguments.of("Thank you for signing up!", "Leftover sign-up blurb"),
                Arguments.of("Read: Council approves harbour budget", "Leftover 'Read' line"),
                Arguments.of("READ: Council approves harbour budget", "Leftover 'Read' line"),
                Arguments.of("ALSO READ | Council approves harbour budget", "Leftover 'Also read' line"),
                Arguments.of("Also read: harbour works to start in May", "Leftover 'Also read' line"),
                Arguments.of("Read more – why the ferry fares went up", "Leftover 'Read more' line"),
                Arguments.of("Read more from the Coast Herald at https://coast.example/news",
                        "Leftover 'Read more' line"),
                Arguments.of("Previous articleCouncil approves harbour budget after a long night",
                        "Leftover 'Previous article' line"),
                Arguments.of("Next articleFarmers brace for a late frost", "Leftover 'Next article' line"),
                Arguments.of("RelatedFerry strike enters its third day", "Leftover 'Related' line"),
                Arguments.of("Court ruling:Council to appeal over harbour wall", "Leftover labelled headline"),
                Arguments.of("We will use your email address only for sending you newsletters.", "Leftover sign-up blurb"),
                Arguments.of("Back to top button", "Leftover sign-up blurb"),
                Arguments.of("Leave a Reply", "Leftover sign-up blurb"),
                Arguments.of("Next", "Leftover 'Next' line"),
                Arguments.of("Share:", "Leftover 'Share' line"),
                Arguments.of("Most Popular", "Leftover 'Most read' line".replace("Most read", "Most popular")),
                Arguments.of("More From: Valley Courier", "Leftover 'More from' line"),
                Arguments.of("More on ferries: Harbour line to close for a month", "Leftover 'More on' line"),
                Arguments.of("Read more about the council's plan for the old tram depot.", "Leftover 'Read more' line"),
                Arguments.of("HARBOUR WORKS – The sea wall will close for a month. Continue reading…",
                        "Leftover teaser with its link text"),
                Arguments.of("The ferry line reopens on Monday after a month of repairs. READ MORE",
                        "Leftover teaser with its link text"),
                Arguments.of("[ Valley weather: When to expect the last frost of spring ]", "Leftover bracketed headline"));
    }

    static Stream<Arguments> callsToAction() {
        return Stream.of(
                "The Valley Courier is now on WhatsApp. Tap here to join.",
                "Get Harbour Gazette headlines in your inbox every morning",
                "Stay up to date with alerts from the Coast Herald",
                "For all the latest county news, download the Courier app",
                "Follow @valleycourier for updates",
                "Never miss a story: sign up for the Courier's free morning newsletter.",
                "Want more? Click here to subscribe to our newsletter.",
                "Join the Coast Herald WhatsApp channel for breaking news",
                "Get the latest news on your phone: download our app.",
                "Enable notifications to get breaking news as it happens",
                "Follow the Courier on Facebook, Instagram and YouTube",
                "Afternoon Briefing: the editors' top picks, delivered to your inbox each afternoon.",
                "(To receive our e-paper on WhatsApp daily, please click here.)",
                "Are you excited about the festival? Share your thoughts with us in the comments below!")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsToAction")
    void flagsACallToActionAnywhereInAShortParagraph(String paragraph) {
        String text = "The council met on Monday.\n\n" + paragraph + "\n\nThe vote is due in June.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover call to action");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(paragraph);
            assertThat(applied(text, v)).isEqualTo("The council met on Monday.\n\nThe vote is due in June.\n");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The ministry urged residents to download its app.",
        "Police said people should not click on links in the messages.",
        "Download the flood app to receive alerts for your street.",
        "Residents can download the app from the council website.",
        "Sign up for flood alerts from the river authority to hear when the water rises.",
        "The newsletter platform signed a deal with the publisher worth 20 million dollars.",
        "Substack will let writers sell subscriptions to their newsletters, the company said.",
        "“Download our app for live updates,” the club posted on X.",
        "Get out early, before the traffic builds, is the best advice.",
        "The US app store removed the game on Monday.",
        "Like many of our readers, I use the bus app every day.",
        "Our reporters found that the app shares your location with advertisers.",
        "Users who subscribe to the channel get alerts when a new video is posted.",
        "Following the vote, the app was withdrawn from the stores.",
        "Share this: the ministry wants the public to share the report widely, a spokesman said.",
        "We use your feedback to improve our services, the company said.",
        "Read the full report on the ministry's website.",
        "Also, the council read out the names of the victims.",
        "Note:The figures are provisional.",
        "At 10:30 The ferry left the harbour.",
        "Previous articles in the series looked at the port and the railway.",
        "Follow the health service on social media for advice, the ministry said.",
        "The answer, the teacher said, is to read more.",
        "He wanted to read more.",
        "More: Harbourside 2 Lakeview 1, Northgate 0 Eastfield 3",
        "Share prices rose 4% on Monday.",
        "Download the flood app to receive alerts, and check the river levels on the council website.",
        "[The story was updated on Monday with the council's response.]",
        "Most of the crew read the report before the vote.",
        "Download the app, follow the news and get the updates: the ministry said that is all residents can do"
                + " for now, while the river keeps rising and the dam holds."
    })
    void letsAdviceReportedSpeechAndCopyAboutChannelsPass(String paragraph) {
        assertThat(check("The council met on Monday.\n\n" + paragraph + "\n\nThe vote is due in June.\n"))
                .isEmpty();
    }

    // --- rails and stray teasers --------------------------------------------------------------

    @Test
    void reportsARailOfOneParagraphOnceAtItsHeader() {
        String rail = "Trending\nCouncil approves harbour budget\nFarmers brace for a late frost\n"
                + "Night trains return to the mountain line";
        String text = "The council met on Monday.\n\n" + rail + "\n\nThe vote is due in June.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover 'Trending' rail");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(rail);
            assertThat(applied(text, v)).isEqualTo("The council met on Monday.\n\nThe vote is due in June.\n");
        });
    }

    @Test
    void reportsARailOfOneLinedParagraphsOnceAtItsHeader() {
        String rail = "You may also like:\n\nFerry strike enters its third day\n\nBridge repairs delayed again as costs rise";
        String text = "The council met on Monday.\n\n" + rail + "\n\nThe vote is due in June.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover 'You may also like' rail");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(rail);
        });
    }

    @Test
    void readsARailInsideAParagraphUpToItsLastHeadline() {
        String text = "The council met on Monday.\nMore Stories\nFerry strike enters its third day\n"
                + "Bridge repairs delayed again as costs rise\nThe vote is due in June.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover 'More stories' rail");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd()))
                    .isEqualTo("More Stories\nFerry strike enters its third day\nBridge repairs delayed again as costs rise");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Explore\n\nThe old town\n\nWalk along the harbour wall from the fish market to the lighthouse.",
        "Trending\n\nFerry strike enters its third day\n\nThe unions met the ministry on Tuesday.",
        "Popular\n\nThe bakery on the square sold out by noon.\n\nQueues formed again the next day.",
        "Trending topics on the platform included the election and the storm.",
        "Recommended\n\n## Ferry strike enters its third day\n\nBridge repairs delayed again as costs rise"
    })
    void letsAHeaderWordWithoutARailOfHeadlinesPass(String paragraphs) {
        assertThat(check(markdown("The council met on Monday.\n\n" + paragraphs + "\n"))).isEmpty();
    }

    @Test
    void readsTheLinesOfAParagraphThatStandAloneEachAsAParagraph() {
        String text = "The council met on Monday.\n\nThe vote is due in June.\nMost Popular\nFarmers\nWeather\n"
                + "Tap here to join the Valley Courier WhatsApp channel.\n";

        assertThat(check(text)).extracting(Violation::detail)
                .containsExactly("Leftover 'Most popular' line", "Leftover sign-up blurb");
        assertThat(check(text)).allSatisfy(v -> assertThat(v.fix()).isPresent());
    }

    @Test
    void doesNotReadTheLinesOfHardWrappedCopyAlone() {
        String text = "The council met on Monday and agreed that residents should\n"
                + "follow the council's app for updates on the works. Related\n"
                + "talks will resume in June.\n";

        assertThat(check(text)).isEmpty();
    }

    @Test
    void flagsALoneBulletedHeadlineButNotAListOfPoints() {
        String lone = "The council met on Monday.\n\n• Ferry strike enters its third day\n\nThe vote is due in June.\n";
        String list = "The council met on Monday.\n\n• The budget grows by 4%\n\n• Schools get a new roof\n\n"
                + "The vote is due in June.\n";

        assertThat(check(lone)).extracting(Violation::detail).containsExactly("Leftover bulleted headline");
        assertThat(check(list)).isEmpty();
    }

    @Test
    void anEmptyListOfCallToActionPhrasesMatchesNothing() {
        Check custom = PromoLinkCheck.TYPE.create(new CheckOptions(Map.of("callToActionPhrases", List.of())));

        assertThat(check(custom, "The council met on Monday.")).isEmpty();
        assertThat(check(custom, "Get Harbour Gazette headlines in your inbox every morning")).hasSize(1);
    }

    @Test
    void flagsAHeadlineInCapitalsBetweenParagraphs() {
        String text = "The council met on Monday.\n\nCOUNCIL TO APPEAL RULING OVER THE HARBOUR WALL\n\n"
                + "The vote is due in June.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover headline in capitals");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd()))
                    .isEqualTo("COUNCIL TO APPEAL RULING OVER THE HARBOUR WALL");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The council met on Monday.\n\nWHAT HAPPENS NEXT\n\nThe vote is due in June.\n",
        "The council met on Monday.\n\nWHY THE HARBOUR WALL MATTERS SO MUCH?\n\nThe vote is due in June.\n",
        "The council met on Monday.\n\n‘WE WILL NOT GIVE UP ON THE HARBOUR WALL’\n\nThe vote is due in June.\n",
        "COUNCIL TO APPEAL RULING OVER THE HARBOUR WALL\n\nThe vote is due in June.\n",
        "THE COUNCIL MET ON MONDAY.\n\nCOUNCIL TO APPEAL RULING OVER THE HARBOUR WALL\n\nTHE VOTE IS DUE IN JUNE.\n",
        "The council met on Monday.\n\nTHE COUNCIL WILL APPEAL THE RULING, THE MAYOR SAID.\n\nThe vote is due.\n"
    })
    void letsSubheadingsQuotesAndCopyInCapitalsPass(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leftoverParagraphs")
    void flagsLeftoverParagraphOverItsWholeText(String paragraph, String detail) {
        String text = "The council met on Monday.\n\n" + paragraph + "\n\nThe vote is due in June.\n";
        List<Violation> violations = check(text);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo(detail);
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(paragraph);
        });
    }

    // --- look-alikes --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "He told reporters to read more of the report before the vote.",
        "Related talks will resume on Monday.",
        "Related-party loans rose sharply, the auditor found.",
        "See also the annex, the minister said.",
        "Recommended by the committee, the plan goes to parliament next week.",
        "Recommended daily doses vary from country to country, the agency said.",
        "More than 200 people were evacuated: officials said the river kept rising.",
        "More – much more – is needed to rebuild the town, the envoy said.",
        "Watchdog groups said the tender had been rushed.",
        "The reading, he said, showed more progress than expected.",
        "The ministry urged residents to download its app.",
        "Police said people should not click on links in the messages.",
        "Click fraud cost advertisers millions last year, the report said.",
        "Subscribers to the service complained about outages.",
        "Download speeds doubled after the upgrade.",
        "Follow-up talks are planned for June.",
        "Sign language interpreters joined the briefing.",
        "ANKARA - Regional officials said on Monday that the bridge would reopen before the holiday.",
        "Gaza - the aftermath",
        "Minister - I am not resigning",
        "The price - about 40 euros a night - was too high for most families.",
        "Details are at https://example.org/report?page=2.",
        "“Read more: that was all the sign said,” the teacher recalled.",
        "“Click here,” the scam message said, “to claim your prize.”",
        "Reuters - Dam talks stall as the rivers run low\nand the farmers wait for rain",
        "Read more, he urged, and argue less."
    })
    void letsOrdinaryCopyPass(String paragraph) {
        assertThat(check("The council met on Monday.\n\n" + paragraph + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Recommended – but not mandatory",
        "Recommended: check the record at least once a year, experts say, as missing days can reduce a pension.",
        "Recommended - twice a year for older adults",
        "More at risk: 700,000 children under five",
        "More: Harbourside 2 Lakeview 1, Northgate 0 Eastfield 3",
        "Recommended: 150 to 300 minutes of moderate activity a week",
        "Recommended: At least two doses for children under five",
        "More at risk: another 700,000 children under five could face severe malnutrition",
        "More in March: the ministry will publish the full figures",
        "More from the ministry: figures will follow",
        "Watch: out for fake parcel texts, police said",
        "Read more on the war: the talks have stalled",
        "Related – and just as worrying – is the rise in prices"
    })
    void letsAPhraseBeforeALowerCaseWordPass(String paragraph) {
        assertThat(check("The ministry said on Monday.\n\n" + paragraph + "\n")).isEmpty();
    }

    static Stream<Arguments> phraseLinesPointingAtATarget() {
        return Stream.of(
                Arguments.of("READ MORE: Lakeside town votes to rebuild its old tram line", "Read more"),
                Arguments.of("Also read - Farmers brace for a late frost", "Also read"),
                Arguments.of("Related: Ministry to review the ferry contract", "Related"),
                Arguments.of("Recommended stories – Five walks along the coast", "Recommended stories"),
                Arguments.of("Related: 5 things to know about the vote", "Related"),
                Arguments.of("Read more: “We will rebuild,” the mayor says", "Read more"),
                Arguments.of("Read more: \"We will rebuild\"", "Read more"),
                Arguments.of("Read more: https://example.com/ferries", "Read more"),
                Arguments.of("Read more – www.example.com/ferries", "Read more"),
                Arguments.of("See also: 👉 Bridge repairs delayed again", "See also"),
                Arguments.of("Read more on the war: Talks resume in Geneva", "Read more"),
                Arguments.of("More on this story:", "More on this story"),
                Arguments.of("Read more about the ferry dispute: “Unions reject offer”", "Read more"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phraseLinesPointingAtATarget")
    void stillFlagsAPhraseBeforeAHeadlineQuotationUrlOrMarker(String paragraph, String phrase) {
        assertThat(check("The ministry said on Monday.\n\n" + paragraph + "\n")).extracting(Violation::detail)
                .containsExactly("Leftover '" + phrase + "' line");
    }

    @Test
    void letsUnknownNameTeaserPassWhenTheMarkerIsTooFarAway() {
        String text = "Harbour Post - Ferries resume after the storm\n\nFirst.\n\nSecond.\n\n🔗\n";
        List<Violation> violations = check(text);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover link marker");
            assertThat(v.sourceStart()).isEqualTo(text.indexOf("🔗"));
        });
    }

    // --- quoted social posts ------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "WATCH: Families wait at the Rafah crossing pic.twitter.com/abc — TRT World (@trtworld) March 2, 2025",
        "Join us on Thursday at Clerkenwell Green from 11am. #MayDay pic.twitter.com/P4nQe7Wc2L"
                + " — Unite the union (@unitetheunion) April 30, 2025",
        "Join us on Thursday at the square — Union (@union) Apr. 30, 2025",
        "Related: Ministry confirms the talks https://twitter.com/trtworld/status/1896218734",
        "Read more: Families return to Rafah https://x.com/UNRWA/status/1896218734",
        "Click here to donate – Relief Fund (@relieffund) March 2, 2025",
        "Reuters - Dam talks stall pic.twitter.com/q7RtXb2KdN"
    })
    void letsASocialPostQuotedAsTextPass(String paragraph) {
        assertThat(check("The agency shared a post.\n\n" + paragraph + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "WATCH: Families wait at the Rafah crossing",
        "Follow us on X: @trtworld",
        "Join our WhatsApp channel for breaking news. https://x.com/trtworld",
        "Related: Ministry confirms the talks (@ministry)"
    })
    void stillFlagsTheSameWordsWithoutAPostsSignature(String paragraph) {
        assertThat(check("The agency shared a post.\n\n" + paragraph + "\n")).hasSize(1);
    }

    @Test
    void stillReportsATrackingLinkInAQuotedPost() {
        String url = "https://example.com/appeal?utm_source=twitter";
        String text = "Give now " + url + " — Relief Fund (@relieffund) March 2, 2025\n";
        List<Violation> violations = check(text);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Tracking link");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(url);
        });
    }

    // --- blurbs -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "» Download the AFAD Emergency app to receive alerts.",
        "Download the e-Devlet app from an official store.",
        "Get the e-Devlet app from an official store, the ministry said.",
        "Join us on Thursday at Clerkenwell Green, the union wrote.",
        "Click the link below to verify your identity within 24 hours",
        "Click on the link in the message only if you know the sender."
    })
    void letsGenericAppAndLinkAdvicePass(String paragraph) {
        assertThat(check("The agency listed the steps.\n\n" + paragraph + "\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Download our app for breaking news alerts.",
        "» Download our free app to listen live.",
        "Subscribe to our YouTube channel for more videos.",
        "Sign up for our morning briefing.",
        "Sign up for the weekly climate newsletter.",
        "Follow us on X and Instagram for updates.",
        "Like us on Facebook.",
        "Join our Telegram group for live updates.",
        "Click here to watch the full interview.",
        "Tap here for the live blog.",
        "Get the day's top stories straight to your inbox."
    })
    void stillFlagsFirstPersonAndOutletBlurbs(String paragraph) {
        assertThat(check("The agency listed the steps.\n\n" + paragraph + "\n")).extracting(Violation::detail)
                .containsExactly("Leftover sign-up blurb");
    }

    @Test
    void tellsBlurbsInParagraphsButNotInListItems() {
        String text = "Examples of the messages include:\n\n"
                + "- Click here to verify your account\n"
                + "- Download our app to unblock your card\n"
                + "- Sign up for our rewards newsletter to win a phone\n\n"
                + "Click here to read the police statement.\n";
        List<Violation> violations = check(markdown(text));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover sign-up blurb");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd()))
                    .isEqualTo("Click here to read the police statement.");
        });
    }

    @Test
    void stillTellsPhraseLinesAndMarkersInListItems() {
        String text = "The council met.\n\n- Read more: Ferries resume after the storm\n- 🔗\n";

        assertThat(check(markdown(text))).extracting(Violation::detail)
                .containsExactly("Leftover 'Read more' line", "Leftover link marker");
    }

    // --- promo blocks -------------------------------------------------------------------------

    @Test
    void reportsTeaserStandfirstAndMarkerAsOneBlock() {
        String text = "Harbour Post - Ferries resume after the storm\n\n"
                + "Operators say all routes will run by Friday.\n\n🔗\n\nThe port reopened.\n";
        List<Violation> violations = check(text);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover promo block");
            assertThat(v.sourceStart()).isZero();
            assertThat(v.sourceEnd()).isEqualTo(text.indexOf("🔗") + "🔗".length());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Harbour Post – Ferries resume after the storm\n\n👉",
        "Harbour Post - Ferries resume after the storm ➡️",
        "Harbour Post - Ferries resume after the storm\n\nOperators say all routes will run by Friday. 🔗",
        "Harbour Post - Ferries resume after the storm ➡️ 👉",
        "Coastline Weekly – Fishermen return to a quieter bay ➡️",
        "Gaza - The aftermath\n\n🔗",
        "Harbour Post – 5 things to know about the storm\n\n👉",
        "TRT Global - North Korea confirms troop deployment to Russia's Kursk\n\n"
                + "Pyongyang says its soldiers are fighting alongside Russian forces.\n\n🔗"
    })
    void aMarkerMakesAnyCapitalisedNameATeaser(String block) {
        String text = block + "\n\nThe port reopened on Tuesday.\n";
        List<Violation> violations = check(text);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover promo block");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(block);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Al Jazeera – a pattern of attacks on the press",
        "Al Jazeera – a pattern of attacks",
        "Gaza - the aftermath",
        "Politico – \"Europe signs a cheque it cannot cash\"",
        "The Guardian – \"Nato's new target: 5%?\"",
        "Reuters – “Dam talks stall”",
        "Le Monde – « Défense : l'Europe change d'échelle »",
        "BBC - 'A historic day'"
    })
    void aTeasersHeadlineStartsWithACapitalOrADigit(String paragraph) {
        assertThat(check("Among the headlines on Thursday:\n\n" + paragraph + "\n\nThe summit ended.\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Al Jazeera – A pattern of attacks on the press",
        "Politico – Europe signs a cheque it cannot cash",
        "The Guardian – Nato's new target: 5%?",
        "Reuters - 5 things to know about the summit",
        "TRT Arabi – غزة تحت القصف"
    })
    void stillFlagsABrandTeaserWithAHeadline(String paragraph) {
        assertThat(check("Among the headlines on Thursday:\n\n" + paragraph + "\n\nThe summit ended.\n"))
                .extracting(Violation::detail).containsExactly("Leftover promo teaser");
    }

    @Test
    void aLowerCaseSubheadingBeforeAMarkerIsNoTeaser() {
        String text = "Gaza - the aftermath\n\n🔗\n\nThe port reopened on Tuesday.\n";
        List<Violation> violations = check(text);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover link marker");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo("🔗");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "«Gaza is not alone»",
        "«غزة ليست وحدها»",
        "Students held one banner. It read «Gaza is not alone»",
        "They chanted «Gaza is not alone» and «Free Palestine»",
        "Le recteur a déclaré : « Gaza n'est pas seule »"
    })
    void aQuotationInGuillemetsDoesNotCloseATeaser(String quote) {
        String text = "Al-Azhar – The banners return\n\n" + quote + "\n\nThe slogan was chanted repeatedly.\n";

        assertThat(check(text)).isEmpty();
    }

    @Test
    void aMarkerAloneAfterAGuillemetQuotationStillClosesTheBlock() {
        String block = "Al-Azhar – The banners return\n\n«Gaza is not alone» »";
        String text = block + "\n\nThe slogan was chanted repeatedly.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover promo block");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(block);
        });
    }

    @Test
    void reportsTheOnePromoBlockOfAWireArticleAtItsTeaserLine() {
        String text = String.join("\n",
                " date 2025-04-28 WORLD",
                "Harbour city unveils plan to clean up its old port",
                "The mayor says the work will take three years and cost 40 million euros.",
                "Cranes stand idle at the old port on Monday. / Photo: Coastline Weekly",
                "April 28, 2025",
                "",
                "The city council on Monday approved a plan to dredge the old port and turn its warehouses"
                        + " into housing, ending a decade of debate.",
                "",
                "Council members voted 31 to 9 in favour of the plan, which will be paid for by regional"
                        + " funds and private investment.",
                "",
                "TRT World - Coastal towns race to protect their beaches from erosion",
                "",
                "Engineers have warned that rising seas could swallow several beaches within a generation.",
                "",
                "🔗",
                "",
                "“This is the most important decision this council has taken in years,” the mayor told"
                        + " reporters after the vote.",
                "",
                "Work is expected to begin in the autumn.",
                "",
                "SOURCE:AA",
                "");
        Article article = WireTextParser.forArticles().parse("port.txt", text);
        List<Violation> violations = check(article);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover promo block");
            assertThat(article.lines().line(v.sourceStart())).isEqualTo(11);
            assertThat(article.lines().column(v.sourceStart())).isEqualTo(1);
            assertThat(article.lines().line(v.sourceEnd() - 1)).isEqualTo(15);
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).startsWith("TRT World - Coastal").endsWith("🔗");
        });
    }

    @Test
    void reportsInDocumentOrder() {
        String text = "🔗\n\nThe vote passed.\n\nRead more: Ferries resume\n\nSee https://example.com/a?utm_source=x today."
                + "\n\nReuters - Rivers run low\n";
        List<Violation> violations = check(text);

        assertThat(violations).extracting(Violation::detail).containsExactly("Leftover link marker",
                "Leftover 'Read more' line", "Tracking link", "Leftover promo teaser");
        assertThat(violations).extracting(Violation::sourceStart).isSorted();
    }

    // --- tracking links and link-only paragraphs ----------------------------------------------

    @Test
    void reportsEachBareTrackingUrlOverTheUrlOnly() {
        String first = "https://example.com/festival?utm_source=newsletter&utm_medium=email";
        String second = "http://example.org/a?id=4&UTM_CAMPAIGN=spring";
        String text = "The programme is at " + first + ". Tickets are at " + second + ", the organisers said.\n";
        List<Violation> violations = check(text);

        assertThat(violations).extracting(v -> text.substring(v.sourceStart(), v.sourceEnd()))
                .containsExactly(first, second);
        assertThat(violations).extracting(Violation::detail).containsOnly("Tracking link");
    }

    @Test
    void reportsAMarkupLinkWithATrackingTargetOnce() {
        // An autolink: the URL is both the link's target and its visible text.
        String url = "https://example.com/story?fbclid=abc";
        String source = "Photos: <" + url + "> and more.";
        Block block = markupBlock(source, List.of(new Link(url, url, 8, 8 + url.length() + 2)));
        List<Violation> violations = check(markupArticle(source, block));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Tracking link");
            assertThat(source.substring(v.sourceStart(), v.sourceEnd())).isEqualTo("<" + url + ">");
        });
    }

    @Test
    void reportsAParagraphThatIsOnlyALink() {
        String source = "→ [Ferries resume after the storm](https://example.com/ferries)";
        Block block = markdownLinkParagraph(source, "Ferries resume after the storm", 2);
        List<Violation> violations = check(markupArticle(source, block));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Paragraph that is only a link");
            assertThat(v.sourceStart()).isZero();
            assertThat(v.sourceEnd()).isEqualTo(source.length());
        });
    }

    @Test
    void reportsATitledLinkParagraphInMarkdown() {
        String text = "The ministry said on Monday.\n\n"
                + "[North Korea confirms troop deployment](https://example.com/x)\n\nThe talks resume.\n";
        List<Violation> violations = check(markdown(text));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Paragraph that is only a link");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd()))
                    .isEqualTo("[North Korea confirms troop deployment](https://example.com/x)");
        });
    }

    @Test
    void letsAListOfLinksPass() {
        String text = "## Useful links\n\n"
                + "- [e-Devlet portal](https://www.turkiye.gov.tr)\n"
                + "- [Family and Social Services Ministry](https://www.aile.gov.tr)\n"
                + "- [AFAD damage assessment results](https://www.afad.gov.tr)\n\n"
                + "The first payments are expected in March.\n";

        assertThat(check(markdown(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<https://www.who.int/publications/long-covid-guideline-2025>",
        "[https://www.who.int/publications](https://www.who.int/publications)",
        "[www.who.int](https://www.who.int)",
        "[who.int/publications](https://who.int/publications)",
        "<press@who.int>"
    })
    void letsALinkThatShowsItsOwnAddressPass(String paragraph) {
        String text = "The full guideline is available on the WHO website:\n\n" + paragraph
                + "\n\nDoctors welcomed it.\n";

        assertThat(check(markdown(text))).isEmpty();
    }

    @Test
    void removesATrackingAutolinkStandingAlone() {
        String url = "https://www.who.int/publications?utm_source=newsletter";
        String text = "The full guideline is available on the WHO website:\n\n<" + url + ">\n";

        assertThat(check(markdown(text))).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Paragraph that is only a tracking link");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo("<" + url + ">");
            assertThat(applied(text, v)).isEqualTo("The full guideline is available on the WHO website:\n");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://valley.example/news/budget?utm_source=whatsapp&utm_medium=share",
        "👉 https://valley.example/news/budget?fbclid=IwAR0abc",
        "www.valley.example/news/budget?utm_campaign=spring."
    })
    void removesAParagraphThatIsOnlyABareTrackingUrl(String paragraph) {
        String text = "The council met on Monday.\n\n" + paragraph + "\n\nThe vote is due in June.\n";

        assertThat(check(text)).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Paragraph that is only a tracking link");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(paragraph);
            assertThat(applied(text, v)).isEqualTo("The council met on Monday.\n\nThe vote is due in June.\n");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://valley.example/news/budget?page=2",
        "Tickets: https://valley.example/tickets?utm_source=mail",
        "https://valley.example/a?utm_source=x https://valley.example/b?utm_source=y"
    })
    void keepsAPlainUrlOrATrackingUrlWithWordsAsItIs(String paragraph) {
        String text = "The council met on Monday.\n\n" + paragraph + "\n";

        assertThat(check(text)).allSatisfy(v -> {
            assertThat(v.detail()).isEqualTo("Tracking link");
            assertThat(v.fix()).isEmpty();
        });
    }

    @Test
    void letsALinkInsideASentencePass() {
        String source = "The mayor published [the plan](https://example.com/plan) on Monday.";
        SourceMap map = new SourceMap.Builder()
                .add(0, "The mayor published ".length())
                .add(21, "the plan".length())
                .add(56, " on Monday.".length())
                .build();
        Block block = new Block(BlockKind.PARAGRAPH, "The mayor published the plan on Monday.", map,
                List.of(new Link("https://example.com/plan", "the plan", 20, 56)));

        assertThat(check(markupArticle(source, block))).isEmpty();
    }

    @Test
    void reportsATrackingUrlOnALeftoverLineOnlyAsTheLine() {
        List<Violation> violations = check("Read more: https://example.com/x?utm_source=feed\n");

        assertThat(violations).extracting(Violation::detail).containsExactly("Leftover 'Read more' line");
    }

    // --- hostile input: long runs are read in linear time ---------------------------------------

    @Test
    void findsATrackingUrlAfterALongRunOfCombiningMarks() {
        // Without the Unicode flag, Java's \b walks back over all combining marks before a position:
        // the URL search tried that at every position of the run, in quadratic time.
        String url = "https://example.com/a?utm_source=x";
        String text = "Note" + "\u0301".repeat(300_000) + " " + url + " now.";

        assertThat(check(text)).singleElement()
                .satisfies(v -> assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(url));
    }

    @Test
    void findsATrackingUrlFullOfDots() {
        // Trimming the URL's trailing punctuation tried every dot of the run as the start of its end.
        String url = "https://example.com/a?utm_source=x" + ".".repeat(300_000) + "y";
        String text = "See " + url + "!!! now";

        assertThat(check(text)).singleElement()
                .satisfies(v -> assertThat(text.substring(v.sourceStart(), v.sourceEnd())).isEqualTo(url));
    }

    @Test
    void readsADashBeforeALongRunOfBlanks() {
        // The social-post signature split the run after a dash between its three parts: cubic time.
        String text = "Read more —" + " ".repeat(50_000) + "Talks resume in Geneva (@reuters)";

        assertThat(check(text)).extracting(Violation::detail).containsExactly("Leftover 'Read more' line");
    }

    @Test
    void stillReadsASocialPostSignatureAcrossBlanksAndALineBreak() {
        assertThat(check("Read more: Talks resume\n—\n TRT World   (@trtworld) March 2, 2025")).isEmpty();
        assertThat(check("Read more: Talks resume — (@trtworld) March 2, 2025")).isEmpty();
    }

    @Test
    void readsAPhraseLineWithALongRunOfBlanksAfterAStop() {
        // The prose-end pattern split the run between two optional runs of blanks: quadratic time.
        String text = "Read more - A." + " ".repeat(400_000) + "b";

        assertThat(check(text)).extracting(Violation::detail).containsExactly("Leftover 'Read more' line");
    }

    // --- options ------------------------------------------------------------------------------

    @Test
    void readsCustomBrandsMarkersPhrasesAndBlurbs() {
        Check custom = PromoLinkCheck.TYPE.create(new CheckOptions(Map.of(
                "brands", List.of("Harbour  Post"),
                "markers", List.of("✦"),
                "phrases", List.of("Lees meer"),
                "blurbs", List.of("Ring the ... hotline"))));

        assertThat(check(custom, "harbour post - Ferries resume")).hasSize(1);
        assertThat(check(custom, "Reuters - Rivers run low")).isEmpty();
        assertThat(check(custom, "✦")).hasSize(1);
        assertThat(check(custom, "🔗")).isEmpty();
        assertThat(check(custom, "Lees meer: Veerboten varen weer")).hasSize(1);
        assertThat(check(custom, "Ring the free reader hotline now.")).hasSize(1);
        assertThat(check(custom, "Read more: Ferries resume")).isEmpty();
    }

    @Test
    void readsTrackingParameters() {
        Check custom = PromoLinkCheck.TYPE.create(new CheckOptions(Map.of("trackingParameters", List.of("ref"))));

        assertThat(check(custom, "See https://example.com/a?ref=home now.")).hasSize(1);
        assertThat(check(custom, "See https://example.com/a?utm_source=home now.")).isEmpty();
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("brands", Map.of("TRT", 1)),
                Arguments.of("markers", 5),
                Arguments.of("phrases", true),
                Arguments.of("markers", List.of("\uFE0F")),
                Arguments.of("brands", List.of(" ")),
                Arguments.of("blurbs", List.of("Click here ...")),
                Arguments.of("trackingParameters", List.of("utm source")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badOptions")
    void rejectsBadOptionValues(String option, Object value) {
        CheckOptions options = new CheckOptions(Map.of(option, value));

        assertThatThrownBy(() -> PromoLinkCheck.TYPE.create(options))
                .isInstanceOfSatisfying(OptionException.class, e -> assertThat(e.option()).isEqualTo(option));
    }

    // --- the rule file ------------------------------------------------------------------------

    @Test
    void ruleFileNamesThisCheckAndOnlyItsOptions() throws IOException {
        Map<String, Object> rule = loadRule();

        assertThat(rule).containsEntry("id", "promo-link").containsEntry("check", PromoLinkCheck.TYPE.name())
                .containsEntry("message", "${detail}: \"${match}\"");
        assertThat(ruleOptions(rule).keySet()).isSubsetOf(PromoLinkCheck.TYPE.optionNames());
        assertThat(scope(rule)).isEqualTo(PromoLinkCheck.TYPE.defaultScope());
    }

    @Test
    void ruleFileOptionsEqualTheDefaults() throws IOException {
        Map<String, Object> options = ruleOptions(loadRule());

        assertThat(options).containsEntry("brands", PromoLinkCheck.DEFAULT_BRANDS)
                .containsEntry("markers", PromoLinkCheck.DEFAULT_MARKERS)
                .containsEntry("phrases", PromoLinkCheck.DEFAULT_PHRASES)
                .containsEntry("pointerPhrases", PromoLinkCheck.DEFAULT_POINTER_PHRASES)
                .containsEntry("blurbs", PromoLinkCheck.DEFAULT_BLURBS)
                .containsEntry("trackingParameters", PromoLinkCheck.DEFAULT_TRACKING_PARAMETERS)
                .containsEntry("callToActionVerbs", PromoLinkCheck.DEFAULT_CALL_TO_ACTION_VERBS)
                .containsEntry("callToActionChannels", PromoLinkCheck.DEFAULT_CALL_TO_ACTION_CHANNELS)
                .containsEntry("callToActionPhrases", PromoLinkCheck.DEFAULT_CALL_TO_ACTION_PHRASES)
                .containsEntry("trailingPhrases", PromoLinkCheck.DEFAULT_TRAILING_PHRASES)
                .containsEntry("callToActionCues", PromoLinkCheck.DEFAULT_CALL_TO_ACTION_CUES)
                .containsEntry("reportingWords", PromoLinkCheck.DEFAULT_REPORTING_WORDS)
                .containsEntry("railHeaders", PromoLinkCheck.DEFAULT_RAIL_HEADERS)
                .containsEntry("capitalCues", PromoLinkCheck.DEFAULT_CAPITAL_CUES);
        assertThat(PromoLinkCheck.DEFAULT_PHRASES).containsAll(PromoLinkCheck.DEFAULT_POINTER_PHRASES);
    }

    @Test
    void ruleFileExamplesHoldWithItsOwnOptions() throws IOException {
        Map<String, Object> rule = loadRule();
        Check check = PromoLinkCheck.TYPE.create(new CheckOptions(ruleOptions(rule)));
        Set<BlockKind> scope = scope(rule);
        Map<?, ?> examples = (Map<?, ?>) rule.get("examples");
        List<?> flag = (List<?>) examples.get("flag");
        List<?> pass = (List<?>) examples.get("pass");

        assertThat(flag).hasSizeGreaterThanOrEqualTo(5);
        assertThat(pass).hasSizeGreaterThanOrEqualTo(5);
        for (Object example : flag) {
            assertThat(check(check, scope, snippet((String) example))).as("flag: %s", example).isNotEmpty();
        }
        for (Object example : pass) {
            assertThat(check(check, scope, snippet((String) example))).as("pass: %s", example).isEmpty();
        }
        assertThat(flag).anySatisfy(example -> assertThat(check(check, scope, snippet((String) example)))
                .extracting(Violation::detail).containsExactly("Leftover promo block"));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The text as {@code copydesk:fix} leaves it after the violation's fix. */
    private static String applied(String text, Violation violation) {
        assertThat(violation.fix()).as("fix of %s", violation.detail()).isPresent();
        var fix = violation.fix().get();
        return text.substring(0, fix.start()) + fix.replacement() + text.substring(fix.end());
    }

    private static Map<String, Object> loadRule() throws IOException {
        try (InputStream in = Files.newInputStream(RULE_FILE)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rule = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromInputStream(in);
            return rule;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ruleOptions(Map<String, Object> rule) {
        return (Map<String, Object>) rule.get("options");
    }

    private static Set<BlockKind> scope(Map<String, Object> rule) {
        return ((List<?>) rule.get("scope")).stream().map(kind -> BlockKind.valueOf((String) kind))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BlockKind.class)));
    }

    @Test
    void reportsAHeadingAndTheLinksUnderItAsOneRail() {
        String html = "<article><p>The council met on Monday to vote on the harbour budget.</p>"
                + "<h3>Related Coverage</h3><ul>"
                + "<li><a href=\"/a\">Ferry strike enters its third day</a></li>"
                + "<li><a href=\"/b\">harbour works begin</a></li></ul>"
                + "<p>The vote is due in June, a spokeswoman said.</p></article>";
        List<Violation> violations = check(html(html));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover 'Related coverage' rail");
            assertThat(html.substring(v.sourceStart(), v.sourceEnd())).startsWith("Related Coverage")
                    .endsWith("harbour works begin</a>");
        });
    }

    @Test
    void reportsABoldLabelAndTheLinksAfterItAsOneRail() {
        String text = "The council met on Monday.\n\n**Most Read**\n\n"
                + "- [Ferry strike enters its third day](https://example.com/a)\n"
                + "- [Bridge repairs delayed again](https://example.com/b)\n\nThe vote is due in June.\n";
        List<Violation> violations = check(markdown(text));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.detail()).isEqualTo("Leftover 'Most read' rail");
            assertThat(text.substring(v.sourceStart(), v.sourceEnd())).startsWith("Most Read")
                    .endsWith("(https://example.com/b)");
        });
    }

    @Test
    void letsTheArticlesOwnListOfLinksUnderItsHeadingPass() {
        String html = "<article><p>The council met on Monday.</p><h3>Useful links</h3><ul>"
                + "<li><a href=\"/a\">Harbour budget papers</a></li><li><a href=\"/b\">Ferry timetable</a></li></ul>"
                + "<p>The vote is due in June.</p></article>";

        assertThat(check(html(html))).isEmpty();
    }

    @Test
    void reportsABoldLabelAndItsLinksInOneParagraph() {
        String text = "The council met on Monday.\n\n**Related:** [harbour works begin in May](https://example.com/a)\n\n"
                + "The vote is due in June.\n";
        List<Violation> violations = check(markdown(text));

        assertThat(violations).singleElement().satisfies(v -> assertThat(v.detail()).isEqualTo("Leftover 'Related' links"));
    }

    @Test
    void reportsALoneListItemThatIsOnlyAHeadlinesLink() {
        String text = "The council met on Monday.\n\n- [Ferry strike enters its third day](https://example.com/a)\n\n"
                + "The vote is due in June.\n";
        List<Violation> violations = check(markdown(text));

        assertThat(violations).singleElement().satisfies(v -> assertThat(v.detail()).isEqualTo("Paragraph that is only a link"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p><a href=\"https://courier.example/author/jane-doe\">Jane Doe</a></p>",
        "<p><a href=\"/about\">By Jane Doe</a></p>",
        "<p><a href=\"/legal\">© 2025 Valley Courier</a></p>",
        "<p><a href=\"#comments\">0 Comments</a></p>",
        "<p><a href=\"/ads\">Advertisement</a></p>"})
    void letsBylinesCopyrightLinesCountersAndAdLabelsPass(String furniture) {
        String html = "<article><p>The council met on Monday to vote on the harbour budget.</p>" + furniture
                + "<p>The vote is due in June, a spokeswoman said.</p></article>";

        assertThat(check(html(html))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Back to the table of contents](#contents)",
        "[![Harbour Gazette logo](/img/logo.png)](https://harbour.example)",
        "[{% image \"assets/pier.jpg\" \"Residents gather at the end of the pier\" %}](https://harbour.example/pier)"})
    void letsAnInPageLinkAndALinkAroundAnImagePass(String paragraph) {
        String text = "The council met on Monday.\n\n" + paragraph + "\n\nThe vote is due in June.\n";

        assertThat(check(markdown(text))).isEmpty();
    }

    @Test
    void reportsAnAffiliateLinkAsATrackingLink() {
        String html = "<article><p>The lantern kit costs 40 dollars at "
                + "<a href=\"https://shop.example/kit?tag=courier-20\">the shop</a>, and it is worth it.</p></article>";

        assertThat(check(html(html))).extracting(Violation::detail).containsExactly("Tracking link");
    }

    private static Article html(String text) {
        return new HtmlParser().parse("story.html", text);
    }

    private static Article markdown(String text) {
        return new MarkdownParser().parse("story.md", text);
    }

    private static Article snippet(String text) {
        return WireTextParser.forSnippets().parse("snippet.txt", text);
    }

    private static List<Violation> check(String snippetText) {
        return check(DEFAULT, snippetText);
    }

    private static List<Violation> check(Check check, String snippetText) {
        return check(check, PromoLinkCheck.TYPE.defaultScope(), snippet(snippetText));
    }

    private static List<Violation> check(Article article) {
        return check(DEFAULT, PromoLinkCheck.TYPE.defaultScope(), article);
    }

    private static List<Violation> check(Check check, Set<BlockKind> scope, Article article) {
        List<Violation> violations = new ArrayList<>();
        check.check(article, scope, violations::add);
        return violations;
    }

    private static Article markupArticle(String source, Block block) {
        return new Article("story.md", ArticleFormat.MARKDOWN, source, Metadata.EMPTY, List.of(block), List.of());
    }

    /** A paragraph whose markup is the source itself: the visible text is the source unchanged. */
    private static Block markupBlock(String source, List<Link> links) {
        return new Block(BlockKind.PARAGRAPH, source, SourceMap.contiguous(0, source.length()), links);
    }

    /** A Markdown paragraph "{prefix}[text](url)" as a parser would model it: markup dropped. */
    private static Block markdownLinkParagraph(String source, String linkText, int linkStart) {
        SourceMap map = new SourceMap.Builder()
                .add(0, linkStart)
                .add(linkStart + 1, linkText.length())
                .build();
        Link link = new Link(source.substring(source.indexOf("](") + 2, source.length() - 1), linkText,
                linkStart, source.length());
        return new Block(BlockKind.PARAGRAPH, source.substring(0, linkStart) + linkText, map, List.of(link));
    }
}
