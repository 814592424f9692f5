package io.github.copydesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells a page's photos from the other pictures around them, and finds the credit a page's markup
 * gives a photo. Only a photo becomes an image block of the article: icons, logos, share buttons,
 * emoji, tracking pixels (a side under {@link #MIN_PHOTO_SIDE} pixels), images a page marks as
 * decoration ({@code role="presentation"}, {@code aria-hidden}), author headshots in a byline, images
 * inside a link to a social site or a share link, charts and graphics, and images in an ad slot are
 * page furniture, not pictures a photographer took; a thumbnail outside a figure that links to
 * another page is a teaser for another story, whose photo that story credits.
 */
final class PageImages {
    /** A picture narrower or lower than this is an icon, a button or a tracking pixel, never a news photo. */
    static final int MIN_PHOTO_SIDE = 50;
    /** How far up from an image a social link, a byline, an ad slot or a graphic's wrapper is looked for. */
    private static final int NEAR_ANCESTORS = 6;

    /** Words of an image's own class or id that name page furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("icon", "icons", "ico", "logo", "logos", "emoji",
            "smiley", "wp-smiley", "sprite", "badge", "button", "btn", "share", "social", "avatar", "gravatar",
            "spacer", "pixel", "beacon", "tracking", "tracker", "favicon", "masthead", "wordmark", "divider",
            "bullet", "arrow", "chart", "charts", "graphic", "graphics", "infographic", "diagram", "advert",
            "advertisement", "spinner", "loader", "loading");
    /** Words of an image's path that name page furniture: "site-logo.png", "/icons/share.gif". */
    private static final Set<String> FURNITURE_FILE_WORDS = Set.of("logo", "logos", "icon", "icons", "favicon",
            "sprite", "sprites", "spacer", "emoji", "avatar", "gravatar", "badge", "spinner", "spinners", "loader", "ads",
            "adserver", "banners",
            "graphic", "graphics", "chart", "charts", "infographic");
    /** First parts of the host names that serve counters and ads, not pictures: "stats.", "pixel.", "ad.". */
    private static final Set<String> TRACKING_HOSTS = Set.of("stats", "stat", "pixel", "pixels", "beacon", "analytics",
            "metrics", "track", "tracking", "ad", "ads", "adserver", "b", "sb");
    /** Whole file names of tracking pixels and spacers: "pixel.gif", "clear.gif", "1x1.png". */
    private static final Set<String> PIXEL_FILES = Set.of("pixel", "spacer", "blank", "clear", "transparent", "trans",
            "1x1", "b", "p", "t", "beacon", "track");
    /** Class or id names of an enclosing element that mark a byline or an author box. */
    private static final Set<String> AUTHOR_NAMES = Set.of("author", "authors", "contributor", "contributors",
            "author-bio", "author-box", "author-image", "author-photo", "author-avatar", "author-info", "author-card",
            "author-headshot", "author_bio", "author_box", "author_image", "author_photo");
    /** Parts of a class or id name that mark a byline wherever they stand: "byline__avatar", "story-byline". */
    private static final Set<String> BYLINE_WORDS = Set.of("byline", "bylines", "avatar", "headshot");
    /** Words of an enclosing element's class or id that mark an ad slot. */
    private static final Set<String> AD_WORDS = Set.of("ad", "ads", "advert", "adverts", "advertisement",
            "advertising", "adslot", "adunit", "ad-slot", "ad-unit", "ad-container", "ad-wrapper", "dfp", "gpt-ad",
            "sponsor", "sponsored", "sponsorship", "commercial", "taboola", "outbrain", "doubleclick");
    /** Words of an enclosing element's class or id that mark a chart or a graphic. */
    private static final Set<String> GRAPHIC_WORDS = Set.of("chart", "charts", "graphic", "graphics", "infographic",
            "datawrapper", "flourish", "data-graphic", "newsgraphics");
    /** Hosts whose links make an image a follow or share button. */
    private static final List<String> SOCIAL_HOSTS = List.of("facebook.com", "twitter.com", "x.com", "instagram.com",
            "linkedin.com", "pinterest.", "youtube.com", "tiktok.com", "whatsapp.com", "wa.me", "t.me",
            "telegram.me", "reddit.com", "tumblr.com", "snapchat.com", "threads.net", "bsky.app", "vk.com",
            "weibo.com", "line.me", "flipboard.com");
    /** Link targets that share the page rather than show a picture: "mailto:", "…/sharer.php", "intent/tweet". */
    private static final Pattern SHARE_LINK = Pattern.compile("(?i)^mailto:|sharer|/share\\b|[?&]share=|intent/tweet"
            + "|addtoany|sharethis");
    /** Attributes in which a page states a photo's credit. */
    private static final List<String> CREDIT_ATTRIBUTES = List.of("data-credit", "data-photo-credit",
            "data-image-credit", "data-copyright", "data-attribution", "data-photographer");
    /** Class words of an element that holds a photo's credit inside its figure. */
    private static final Set<String> CREDIT_CLASSES = Set.of("credit", "credits", "photo-credit", "image-credit",
            "media-credit", "caption-credit", "figure-credit", "copyright", "attribution", "photographer",
            "wp-media-credit");
    private static final Pattern IMAGE_FILE = Pattern.compile("\\.(?:jpe?g|png|gif|webp|avif|tiff?|bmp|heic)$");
    /** Parts of a class name that mark a photo's credit: "caption_credit", "buzz_attribution". */
    private static final Set<String> CREDIT_CLASS_WORDS = Set.of("credit", "credits", "attribution", "copyright",
            "photographer");
    /** How far up from an image outside a figure a box with its credit is looked for. */
    private static final int CREDIT_BOX_LEVELS = 3;
    /** A photo's box (the picture, its caption and its credit) holds no more elements than this. */
    private static final int MAX_BOX_ELEMENTS = 60;
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d{1,5})(?:\\.\\d+)?\\s*(?:px)?\\s*");
    private static final Pattern STYLE_SIDE = Pattern.compile("(?i)(?:^|;)\\s*(?:width|height)\\s*:\\s*(\\d{1,5})px");

    private PageImages() {
    }

    /** Whether {@code image}, an {@code <img>}, is a photo of the article rather than page furniture. */
    static boolean isPhoto(Element image) {
        String role = image.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none") || image.attr("aria-hidden").equalsIgnoreCase("true")) {
            return false;
        }
        if (isSmall(image) || namesFurniture(image) || !hasSource(image)) {
            return false;
        }
        boolean inFigure = image.closest("figure") != null;
        int depth = 0;
        for (Element parent = image.parent(); parent != null && depth < NEAR_ANCESTORS; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("body") || name.equals("html")) {
                break;
            }
            depth++;
            if (name.equals("article") || name.equals("main")) {
                // The story's own container: its class names the story ("author-jane", "type-post"), not a box in it.
                continue;
            }
            if (name.equals("a") && (isSocialLink(parent.attr("href")) || !inFigure && isTeaserLink(parent))
                    || !name.equals("figure") && (isBylineBox(parent) || hasName(parent, AUTHOR_NAMES)
                            || hasWord(parent, BYLINE_WORDS))
                    || hasWord(parent, AD_WORDS) || hasWord(parent, GRAPHIC_WORDS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The credit the markup gives {@code image}: a credit attribute of the image or its figure
     * ({@code data-credit}), or the text of an element marked as the credit ({@code
     * itemprop="copyrightHolder"}, {@code class="credit"}, {@code class="photo_attribution"}) in its
     * figure or in a box around it that holds no other picture. Empty when it gives none.
     */
    static String markedCredit(Element image) {
        String credit = creditAttribute(image);
        Element figure = image.closest("figure");
        if (credit.isEmpty() && figure != null) {
            credit = creditAttribute(figure);
            if (credit.isEmpty()) {
                credit = creditElementText(figure);
            }
        }
        Element box = image.parent();
        for (int level = 0; credit.isEmpty() && figure == null && box != null && level < CREDIT_BOX_LEVELS; level++) {
            String name = box.normalName();
            if (name.equals("body") || name.equals("article") || name.equals("main") || !holdsOnePicture(box)) {
                break;
            }
            credit = creditAttribute(box);
            if (credit.isEmpty()) {
                credit = creditElementText(box);
            }
            box = box.parent();
        }
        return credit;
    }

    /** Whether {@code element}, beside a photo, holds its credit. */
    static boolean isCreditElement(Element element) {
        if (element.attr("itemprop").equalsIgnoreCase("copyrightHolder")) {
            return true;
        }
        for (String name : HtmlMetadata.lowerCaseClassNames(element)) {
            if (CREDIT_CLASSES.contains(name)) {
                return true;
            }
            for (String part : name.split("[-_]")) {
                if (CREDIT_CLASS_WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A box of a handful of elements with one picture in it: a photo and its caption, not a gallery or a page. */
    private static boolean holdsOnePicture(Element box) {
        int pictures = 0;
        int seen = 0;
        for (Element element : box.getAllElements()) {
            if (++seen > MAX_BOX_ELEMENTS) {
                return false;
            }
            if (element.normalName().equals("img") && ++pictures > 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code figure} shows a photo: an {@code <img>} that is one, a fallback one included. */
    static boolean showsPhoto(Element figure) {
        for (Element image : figure.getElementsByTag("img")) {
            if (isPhoto(image)) {
                return true;
            }
        }
        if (!figure.getElementsByTag("amp-img").isEmpty()) {
            return true;
        }
        for (Element noscript : figure.getElementsByTag("noscript")) {
            // A lazy-loading page writes its fallback image inside noscript as text.
            if (noscript.html().toLowerCase(Locale.ROOT).contains("<img")) {
                return true;
            }
        }
        return false;
    }

    private static String creditAttribute(Element element) {
        for (String attribute : CREDIT_ATTRIBUTES) {
            String value = element.attr(attribute).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String creditElementText(Element figure) {
        for (Element element : figure.getAllElements()) {
            if (element != figure && isCreditElement(element)) {
                String text = element.hasAttr("content") ? element.attr("content") : element.text();
                if (!text.isBlank()) {
                    return text.strip();
                }
            }
        }
        return "";
    }

    /**
     * Where the picture of {@code image} is: its {@code src}, or, when that is empty or a
     * placeholder ({@code data:}), the source a lazy-loading script fills in ({@code data-src},
     * {@code data-lazy-src}, …) or the first of its source set.
     */
    static String source(Element image) {
        String src = image.attr("src").strip();
        if (!src.isEmpty() && !src.startsWith("data:")) {
            return src;
        }
        for (var attribute : image.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue().strip();
            if (!key.equals("src") && (key.contains("src") || key.contains("source") || key.contains("original"))
                    && !value.isEmpty() && !value.startsWith("data:")) {
                int blank = value.indexOf(' ');
                return blank < 0 ? value : value.substring(0, blank);
            }
        }
        return src;
    }

    /** Whether the image has a picture to show: a source, a lazy-loading source or a source set. */
    private static boolean hasSource(Element image) {
        for (var attribute : image.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if ((key.contains("src") || key.contains("source") || key.contains("original") || key.contains("lazy"))
                    && !attribute.getValue().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A declared side under the photo minimum, in the attributes or the style: a pixel, an icon, a button. */
    private static boolean isSmall(Element image) {
        for (String side : List.of("width", "height")) {
            var pixels = PIXELS.matcher(image.attr(side));
            // A side of 0 in the attributes leaves the size to the style sheet: "width=570 height=0".
            int size = pixels.matches() ? Integer.parseInt(pixels.group(1)) : MIN_PHOTO_SIDE;
            if (size > 0 && size < MIN_PHOTO_SIDE) {
                return true;
            }
        }
        var style = STYLE_SIDE.matcher(image.attr("style"));
        while (style.find()) {
            if (Integer.parseInt(style.group(1)) < MIN_PHOTO_SIDE) {
                return true;
            }
        }
        return false;
    }

    /** The image's class, id or file name names furniture: "site-logo", "icon-share", "/img/logo.png", "pixel.gif". */
    private static boolean namesFurniture(Element image) {
        if (hasWord(image, FURNITURE_WORDS)) {
            return true;
        }
        String source = image.attr("src");
        if (source.startsWith("data:")) {
            return false;
        }
        if (isTrackingHost(source)) {
            return true;
        }
        int query = source.indexOf('?');
        String path = query < 0 ? source : source.substring(0, query);
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (file.endsWith(".svg") || file.endsWith(".ico")) {
            return true;
        }
        int dot = file.lastIndexOf('.');
        if (PIXEL_FILES.contains(dot < 0 ? file : file.substring(0, dot))) {
            return true;
        }
        for (String word : WORD_BREAKS.split(path.toLowerCase(Locale.ROOT))) {
            if (FURNITURE_FILE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A class or id word of {@code element} in {@code words}: "ad-slot" and its parts "ad", "slot". */
    private static boolean hasWord(Element element, Set<String> words) {
        for (String word : classAndIdWords(element)) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An element marked as the author's by {@code itemprop} or {@code rel}; class names are read as
     * whole names and words ({@link #AUTHOR_NAMES}, {@link #BYLINE_WORDS}), since a container of the
     * story may carry "author-jane" (a blog post's author) without being a byline.
     */
    private static boolean isBylineBox(Element element) {
        return element.attr("itemprop").equalsIgnoreCase("author")
                || List.of(element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("author");
    }

    /** A whole class or id name of {@code element} in {@code names}: "author-box", not "author-jane". */
    private static boolean hasName(Element element, Set<String> names) {
        for (String name : classAndIdNames(element)) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The element's class names and id, in lower case. */
    private static List<String> classAndIdNames(Element element) {
        if (!element.hasAttr("class") && !element.hasAttr("id")) {
            return List.of();
        }
        return List.of((element.attr("class") + " " + element.attr("id")).toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static List<String> classAndIdWords(Element element) {
        List<String> words = new ArrayList<>();
        for (String name : classAndIdNames(element)) {
            if (name.isEmpty()) {
                continue;
            }
            words.add(name);
            for (String part : name.split("[-_]")) {
                if (!part.isEmpty() && !part.equals(name)) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    /**
     * A link from a picture outside a figure to another page, not to the picture itself or to a
     * place on this page: a teaser's thumbnail, a photo of another story, not one of this one.
     */
    private static boolean isTeaserLink(Element link) {
        String target = link.attr("href").strip().toLowerCase(Locale.ROOT);
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("javascript:")) {
            return false;
        }
        int end = target.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = target.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = target.substring(0, end);
        return !IMAGE_FILE.matcher(path).find() && !path.contains("/attachment/");
    }

    /** "//stats.example.com/o.gif", "https://b.scorecardresearch.com/p?…": a counter, not a picture. */
    private static boolean isTrackingHost(String source) {
        int scheme = source.indexOf("//");
        if (scheme < 0) {
            return false;
        }
        int dot = source.indexOf('.', scheme + 2);
        int slash = source.indexOf('/', scheme + 2);
        if (dot < 0 || slash >= 0 && slash < dot) {
            return false;
        }
        return TRACKING_HOSTS.contains(source.substring(scheme + 2, dot).toLowerCase(Locale.ROOT));
    }

    private static boolean isSocialLink(String href) {
        if (href.isEmpty()) {
            return false;
        }
        if (SHARE_LINK.matcher(href).find()) {
            return true;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        int scheme = lower.indexOf("//");
        if (scheme < 0) {
            return false;
        }
        int hostEnd = lower.indexOf('/', scheme + 2);
        String host = lower.substring(scheme + 2, hostEnd < 0 ? lower.length() : hostEnd);
        for (String social : SOCIAL_HOSTS) {
            if (host.equals(social) || host.endsWith("." + social) || social.endsWith(".") && host.contains(social)) {
                return true;
            }
        }
        return false;
    }
}
