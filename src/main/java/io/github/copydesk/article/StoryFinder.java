package io.github.copydesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the story in a whole page the way reading modes do. Every paragraph of some length gives
 * its parent a score (more for its length and its commas) and its grandparents a share of it; a
 * container's score then grows or shrinks with class and id names that mark stories or page
 * furniture, and shrinks with the share of its text that is link text. The best-scoring container
 * holds the story's paragraphs. The story is the {@code <article>} around that container, else the
 * container with the sibling blocks that score nearly as well, so that a page's first
 * {@code <article>} or {@code <main>} holding nothing but meta tags or ad scripts is passed over
 * and teaser cards marked up as articles are never taken for the story. The headline, byline,
 * dateline and time stamp that a page sets just before the story's container belong to the story.
 *
 * <p>A page with no paragraph long enough to score keeps the simple reading: its first
 * {@code <article>} that is not a card in navigation or a sidebar and shows text, else its first
 * such {@code <main>}, else its body.
 */
final class StoryFinder {
    /** Elements whose own text is a paragraph of the story. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td");
    /** Containers that may hold a paragraph's text directly, without a {@code <p>}. */
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section");
    private static final Set<String> BLOCK_CHILDREN = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
            "aside", "main", "form");
    /** A shorter text is a label or a caption, not a paragraph of the story. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** How many {@code <article>} or {@code <main>} elements are looked into for text, at most. */
    private static final int MAX_SIMPLE_CANDIDATES = 100;
    /** The share of a page's text that a story found in a block named like furniture holds at least. */
    private static final double MIN_PAGE_SHARE = 0.25;
    /** How many levels above a paragraph share its score. */
    private static final int SCORED_LEVELS = 5;
    private static final int CLASS_WEIGHT = 25;
    private static final Pattern STORY_NAMES = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "-ad-|^ad-|\\bads?\\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|recirc|rail|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
                    + "tags|teaser|tool|widget|newsletter|most-?read|popular",
            Pattern.CASE_INSENSITIVE);
    /** Other containers scoring this share of the best one's hold more of the story when several stand together. */
    private static final double CLOSE_SCORE = 0.75;
    private static final int CLOSE_CANDIDATES = 5;
    private static final int MIN_CLOSE_CANDIDATES = 3;
    /** Names of blocks that are seldom the story: comments, menus, sidebars, footers, pagers, pop-ups. */
    private static final Pattern UNLIKELY_NAMES = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|"
            + "community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|"
            + "sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_STORY_NAMES = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    /** A sibling of the best container with this share of its score, or 10 points, is more of the story. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    private static final int LONG_SIBLING_PARAGRAPH = 80;
    /** How many levels above the story, and how many elements before it on each, its head may stand. */
    private static final int HEAD_LEVELS = 3;
    private static final int HEAD_SIBLINGS = 8;
    private static final Pattern SITE_NAMES = Pattern.compile("logo|brand|site|masthead", Pattern.CASE_INSENSITIVE);

    private StoryFinder() {
    }

    /**
     * The elements of {@code document} that hold the story, in document order: its head elements
     * (headline, byline, dateline, time stamp) where they stand before its container, then the
     * container and the siblings that continue it.
     */
    static List<Element> story(Document document) {
        Map<Element, Double> scores = score(document, true);
        Element best = best(scores);
        if (best == null || isPage(best)) {
            // A page may wrap its story in a block named like a sidebar: then every block is scored, and
            // the best taken if it holds a good share of the page's text, not a quote or a comment.
            Map<Element, Double> all = score(document, false);
            Element bestOfAll = best(all);
            if (bestOfAll != null && (best == null || !isPage(bestOfAll)
                    && bestOfAll.text().length() >= document.body().text().length() * MIN_PAGE_SHARE)) {
                scores = all;
                best = bestOfAll;
            }
        }
        if (best == null) {
            return List.of(simpleRoot(document));
        }
        double bestScore = scores.get(best);
        best = widened(best, scores);
        bestScore = scores.getOrDefault(best, bestScore);
        List<Element> parts = new ArrayList<>();
        Element article = enclosingArticle(best);
        if (article != null) {
            parts.add(article);
        } else {
            parts.addAll(withSiblings(best, bestScore, scores));
        }
        List<Element> head = head(parts.get(0), parts);
        head.addAll(parts);
        return head;
    }

    private static boolean isPage(Element element) {
        return element.normalName().equals("body") || element.normalName().equals("html");
    }

    /** The container with the best score once link text is discounted, the first of equals; its final score is kept. */
    private static Element best(Map<Element, Double> scores) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double finalScore = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
            scores.put(candidate.getKey(), finalScore);
            if (best == null || finalScore > bestScore
                    || finalScore == bestScore && candidate.getKey().sourceRange().startPos()
                            < best.sourceRange().startPos()) {
                best = candidate.getKey();
                bestScore = finalScore;
            }
        }
        return best;
    }

    /**
     * The best container, or the block that holds it and the containers that score nearly as well
     * (a story split into several blocks), or a parent that scores better, or the parent of a lone child.
     */
    private static Element widened(Element best, Map<Element, Double> scores) {
        double bestScore = scores.get(best);
        List<Element> close = scores.entrySet().stream()
                .filter(entry -> entry.getKey() != best && entry.getValue() >= bestScore * CLOSE_SCORE)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()
                        .thenComparingInt(entry -> entry.getKey().sourceRange().startPos()))
                .limit(CLOSE_CANDIDATES).map(Map.Entry::getKey).toList();
        Element widest = best;
        if (close.size() >= MIN_CLOSE_CANDIDATES) {
            // Each element is counted once for every close candidate it holds: one walk up from each.
            Map<Element, Integer> holding = new IdentityHashMap<>();
            for (Element candidate : close) {
                for (Element parent = candidate.parent(); parent != null; parent = parent.parent()) {
                    holding.merge(parent, 1, Integer::sum);
                }
            }
            for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
                    parent = parent.parent()) {
                if (holding.getOrDefault(parent, 0) >= MIN_CLOSE_CANDIDATES) {
                    widest = parent;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(widest, bestScore);
        double threshold = lastScore / 3;
        for (Element parent = widest.parent(); parent != null && !parent.normalName().equals("body");
                parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                widest = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (widest.parent() != null && !widest.parent().normalName().equals("body")
                && widest.parent().children().size() == 1) {
            widest = widest.parent();
        }
        return widest;
    }

    /** The first {@code <article>} outside navigation and sidebars that shows text, else such a {@code <main>}, else the body. */
    static Element simpleRoot(Document document) {
        for (String tag : List.of("article", "main")) {
            Elements elements = document.getElementsByTag(tag);
            for (Element element : elements.subList(0, Math.min(elements.size(), MAX_SIMPLE_CANDIDATES))) {
                if (!inFurniture(element) && hasShownText(element)) {
                    return element;
                }
            }
        }
        return document.body();
    }

    /** Scores every container of a paragraph, walking without recursion and past what is never shown. */
    private static Map<Element, Double> score(Document document, boolean skipUnlikely) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String name = element.normalName();
                if (HtmlParser.neverShown(element) || PageChrome.isChrome(element) || skipUnlikely && unlikely(element)
                        || name.equals("form") || name.equals("aside") || name.equals("footer")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (PARAGRAPHS.contains(name) || TEXT_CONTAINERS.contains(name) && holdsTextDirectly(element)) {
                    scoreParagraph(element, scores);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, document.body());
        return scores;
    }

    private static boolean unlikely(Element element) {
        String names = element.className() + " " + element.id();
        return !names.isBlank() && !element.normalName().equals("article") && !element.normalName().equals("body")
                && UNLIKELY_NAMES.matcher(names).find() && !MAYBE_STORY_NAMES.matcher(names).find();
    }

    private static void scoreParagraph(Element paragraph, Map<Element, Double> scores) {
        String text = paragraph.text();
        if (text.length() < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
        Element ancestor = paragraph.parent();
        for (int level = 0; level < SCORED_LEVELS && ancestor != null && ancestor.parent() != null; level++) {
            double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            scores.computeIfAbsent(ancestor, StoryFinder::initialScore);
            scores.merge(ancestor, share, Double::sum);
            ancestor = ancestor.parent();
        }
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            }
        }
        return commas;
    }

    /** A container's score before any paragraph: by its kind and by the names it is given. */
    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String attribute : List.of("class", "id")) {
            String value = element.attr(attribute);
            if (!value.isEmpty()) {
                if (FURNITURE_NAMES.matcher(value).find()) {
                    weight -= CLASS_WEIGHT;
                }
                if (STORY_NAMES.matcher(value).find()) {
                    weight += CLASS_WEIGHT;
                }
            }
        }
        return weight;
    }

    /** The share of the element's text that is the text of links. */
    private static double linkDensity(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.getElementsByTag("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / all);
    }

    private static boolean holdsTextDirectly(Element element) {
        boolean text = false;
        for (Node child : element.childNodes()) {
            if (child instanceof Element childElement && BLOCK_CHILDREN.contains(childElement.normalName())) {
                return false;
            }
            text |= child instanceof TextNode textNode && !textNode.isBlank();
        }
        return text;
    }

    /** The nearest {@code <article>} around the story's container, unless it is a card in navigation or a sidebar. */
    private static Element enclosingArticle(Element container) {
        for (Element element = container; element != null; element = element.parent()) {
            if (element.normalName().equals("article")) {
                return inFurniture(element) ? null : element;
            }
        }
        return null;
    }

    private static boolean inFurniture(Element element) {
        return element.parents().stream().anyMatch(parent -> HtmlParser.neverShown(parent)
                || parent.normalName().equals("aside"));
    }

    /** The container and the siblings that score nearly as well or read as paragraphs of the story. */
    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SHARE);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
            } else if (!HtmlParser.neverShown(sibling) && !PageChrome.isChrome(sibling)
                    && (scores.getOrDefault(sibling, 0.0) >= threshold || readsAsParagraph(sibling))) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean readsAsParagraph(Element element) {
        if (!element.normalName().equals("p")) {
            return false;
        }
        String text = element.text();
        double links = linkDensity(element);
        return text.length() > LONG_SIBLING_PARAGRAPH && links < 0.25
                || !text.isEmpty() && links == 0 && text.strip().endsWith(".");
    }

    /**
     * The headline, byline, dateline and time stamps set before the story's first element, on its
     * own level or a few levels up: the page's header for the story, outside the container.
     */
    private static List<Element> head(Element first, List<Element> parts) {
        boolean headline = parts.stream().anyMatch(part -> !part.getElementsByTag("h1").isEmpty());
        List<Element> found = new ArrayList<>();
        Element level = first;
        for (int up = 0; up < HEAD_LEVELS && level != null && level.parent() != null; up++) {
            Element sibling = level.previousElementSibling();
            for (int i = 0; i < HEAD_SIBLINGS && sibling != null; i++, sibling = sibling.previousElementSibling()) {
                headline |= collectHead(sibling, !headline, found);
            }
            level = level.parent();
            if (level.normalName().equals("body")) {
                break;
            }
        }
        found.sort(Comparator.comparingInt(element -> element.sourceRange().startPos()));
        return found;
    }

    /** Adds the head elements in and under {@code element} to {@code found}; true when one was a headline. */
    private static boolean collectHead(Element element, boolean headlineWanted, List<Element> found) {
        boolean headline = false;
        List<Element> stack = new ArrayList<>(List.of(element));
        while (!stack.isEmpty()) {
            Element next = stack.remove(stack.size() - 1);
            if (HtmlParser.neverShown(next) || PageChrome.isChrome(next)
                    || next.normalName().equals("footer") || next.normalName().equals("aside")) {
                continue;
            }
            boolean isHeadline = headlineWanted && !headline && next.normalName().equals("h1") && !siteName(next);
            if (isHeadline || isHeadElement(next)) {
                found.add(next);
                headline |= isHeadline;
                continue;
            }
            List<Element> children = next.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        return headline;
    }

    private static boolean isHeadElement(Element element) {
        if (element.normalName().equals("time") && element.hasAttr("datetime")) {
            return true;
        }
        if (HtmlMetadata.isBylineElement(element)) {
            return true;
        }
        String itemprop = element.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.equals("author") || itemprop.equals("datepublished")) {
            return true;
        }
        return HtmlMetadata.lowerCaseClassNames(element).contains("dateline")
                || element.text().length() <= ShownDate.MAX_CHARS && ShownDate.parse(element.text()) != null;
    }

    /** A headline that names the site: its logo or masthead. */
    private static boolean siteName(Element heading) {
        for (Element element = heading; element != null && !element.normalName().equals("body");
                element = element.parent()) {
            if (SITE_NAMES.matcher(element.className() + " " + element.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasShownText(Element element) {
        boolean[] shown = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (!text.isBlank()) {
                        shown[0] = true;
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element child && child != element && HtmlParser.neverShown(child)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return shown[0];
    }
}
