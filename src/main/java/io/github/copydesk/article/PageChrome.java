package io.github.copydesk.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's furniture around and inside a story that no rule reads: share bars, ad slots and their
 * labels ({@code Advertisement}, {@code inRead invented by Teads}), comment counters and copyright
 * lines. Promo rails, related links and sign-up boxes are not furniture: they are left in the story
 * for the promo rule to report.
 */
final class PageChrome {
    /** Words of a class or id name (split at hyphens and underscores) that mark furniture. */
    private static final Set<String> CHROME_WORDS = Set.of("share", "shares", "sharing", "sharebar", "sharetools",
            "social", "ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "dfp",
            "teads", "copyright", "widget");
    /** Words that make a block with furniture words a promo box, which the promo rule must see. */
    private static final Set<String> PROMO_WORDS = Set.of("related", "recommended", "more", "newsletter", "signup",
            "subscribe", "promo", "popular", "read", "also", "recirc", "rail", "teaser", "trending", "outbrain",
            "taboola", "follow", "cta");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments");
    private static final Set<String> COUNT_WORDS = Set.of("count", "counter", "number", "num", "total");
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s_-]+");
    /** Furniture holds a few words; an element with more text than this is taken for content whatever its name. */
    private static final int MAX_CHROME_TEXT = 300;
    private static final Pattern AD_LABEL = Pattern.compile("(?iu)(?:advertisements?|advert|ads?|sponsored"
            + "|skip advertisement|(?:story|article|content) continues below(?: this)? (?:advertisement|ad)"
            + "|continue reading (?:the main story|below)|inread invented by teads|advertisement\\s*[-–—:]\\s*"
            + "scroll to continue(?: with content)?|scroll to continue with content)[.:]?");
    private static final Pattern COMMENT_COUNTER = Pattern.compile(
            "(?iu)\\d+|\\d+\\s+comments?|comments?\\s*\\(?\\d+\\)?|(?:view|show|read|see) (?:all )?(?:\\d+ )?comments");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)(?:©|\\(c\\)|copyright\\b).{0,160}(?:\\d{4}|rights reserved).{0,160}|all rights reserved\\.?");

    private PageChrome() {
    }

    /** Whether the element is a share bar, an ad slot, a comment counter, a copyright line or a widget. */
    static boolean isChrome(Element element) {
        boolean chrome = false;
        for (String attribute : new String[] {"class", "id"}) {
            String value = element.attr(attribute);
            if (value.isEmpty()) {
                continue;
            }
            boolean comment = false;
            boolean count = false;
            for (String word : NAME_SPLIT.split(value.toLowerCase(Locale.ROOT))) {
                if (PROMO_WORDS.contains(word)) {
                    return false;
                }
                chrome |= CHROME_WORDS.contains(word);
                comment |= COMMENT_WORDS.contains(word);
                count |= COUNT_WORDS.contains(word);
            }
            chrome |= comment && count;
        }
        return chrome && element.text().length() <= MAX_CHROME_TEXT;
    }

    /** Whether a paragraph's whole text is an ad label, a comment counter or a copyright line. */
    static boolean isChromeText(String text) {
        String stripped = text.strip();
        return AD_LABEL.matcher(stripped).matches() || COMMENT_COUNTER.matcher(stripped).matches()
                || COPYRIGHT.matcher(stripped).matches();
    }
}
