import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Writes a made-up newsroom archive for benchmarks: wire text ({@code .txt}), Markdown with
 * front matter ({@code .md}) and HTML ({@code .html}) articles of realistic length and
 * structure, a share of them with one planted fault each. The same arguments always give the
 * same bytes, so runs on different machines check the same corpus.
 *
 * <pre>java bench/CorpusGenerator.java OUT_DIR [TXT_COUNT] [MD_COUNT] [HTML_COUNT] [SEED]</pre>
 *
 * Articles land in {@code OUT_DIR/content/<format>/<section>-<n>/}, at most 500 to a folder.
 * {@code OUT_DIR/planted-faults.tsv} lists every article with a planted fault and which one.
 */
public final class CorpusGenerator {

    /** Faults a copy editor would catch; the share of articles carrying one is {@link #FAULT_SHARE}. */
    enum Fault {
        PROMO_BLOCK, READ_MORE_LINE, LONE_MARKER, TRACKING_LINK, SIGN_UP_BLURB, NO_SOURCE,
        UNATTRIBUTED_QUOTE, UNCREDITED_PHOTO, WRONG_WEEKDAY
    }

    enum Format {
        TXT("wire", ".txt"), MD("markdown", ".md"), HTML("html", ".html");

        final String folder;
        final String extension;

        Format(String folder, String extension) {
            this.folder = folder;
            this.extension = extension;
        }
    }

    private static final double FAULT_SHARE = 0.08;
    private static final int FILES_PER_FOLDER = 500;
    /** Paragraphs per article: with about 250 characters each, articles run from 2 to 7 KB, 4.3 KB in the middle. */
    private static final int MIN_PARAGRAPHS = 12;
    private static final int MAX_PARAGRAPHS = 26;

    private static final String[] SECTIONS = {"WORLD", "ECONOMY", "POLITICS", "CULTURE", "SPORT", "SCIENCE"};
    private static final String[] PLACES = {
        "Harbourside", "Northgate", "Lakeview", "Eastfield", "Millbrook", "Stonebridge", "Redcliff",
        "Westmarsh", "Fairhaven", "Kestrel Bay", "Ashford Vale", "Brightwater", "Copperhill", "Dunmore",
        "Elmstead", "Glenridge", "Hollowmere", "Ironport", "Juniper Falls", "Kingsreach"};
    private static final String[] SUBJECTS = {
        "The regional water board", "The city council", "The transport authority", "Local farmers",
        "The health ministry", "Hospital staff", "The harbour master", "Teachers' unions",
        "The national statistics office", "Residents of the old quarter", "The energy regulator",
        "Fishermen along the coast", "The museum's trustees", "The football association",
        "A group of volunteers", "The central bank", "Railway engineers", "The weather service",
        "The university's research team", "Shop owners in the market district"};
    private static final String[] ACTIONS = {
        "would extend the pilot scheme to four more districts",
        "had approved a budget for repairs to the old bridge",
        "expected the new timetable to cut waiting times by a third",
        "planned to reopen the reading room after two years of work",
        "was reviewing the contract with the ferry operator",
        "had recorded the lowest river levels in a decade",
        "would hire more staff before the summer season",
        "was asking the public for comments on the draft plan",
        "had raised its forecast for the grain harvest",
        "could not rule out further delays to the tram line",
        "would publish the full figures at the end of the month",
        "had found traces of an older settlement under the square",
        "was preparing for heavy rain later in the week",
        "would keep the night service running through the winter",
        "had agreed a three-year deal with the regional clubs"};
    private static final String[] DETAILS = {
        "The decision follows months of talks between officials and community groups.",
        "About 12,000 households are expected to benefit from the change.",
        "Work on the first stage is due to begin in the spring.",
        "Critics argue that the plan does too little for outlying villages.",
        "The cost of the project has risen by almost a fifth since it was first proposed.",
        "Similar schemes have been tried in three neighbouring towns with mixed results.",
        "Officials said the measures would be reviewed after six months.",
        "Attendance figures have climbed steadily over the past two seasons.",
        "The board will meet again next month to discuss the next steps.",
        "Visitors will be able to follow the work from a viewing platform.",
        "The figures do not include seasonal workers, who make up a large share of the workforce.",
        "Several hundred people attended an open meeting at the town hall.",
        "The agreement still needs the approval of the regional assembly.",
        "Engineers have inspected the structure twice since the floods.",
        "Prices for fresh produce at the weekly market have been stable."};
    private static final String[] PLAN_OUTCOMES = {
        "would be put to a vote before the end of the year", "had the support of most residents",
        "was the best of the options on the table", "would need more money than first thought",
        "could be copied by other towns in the region", "had been delayed by the winter storms",
        "left several questions unanswered", "would not change the fares for now"};
    private static final String[] SPEAKERS = {
        "the mayor said", "a spokeswoman for the board said", "the chief engineer told reporters",
        "one resident said", "the minister said in a statement", "the union's leader said",
        "a senior official added", "the head of the association said"};
    private static final String[] QUOTES = {
        "We have listened to what people told us and we are changing the plan accordingly",
        "This is a long project and we will not cut corners to finish it early",
        "The numbers are encouraging, but there is still a lot of work ahead of us",
        "Everyone in the valley knows someone who depends on this road",
        "We owe it to the next generation to get this right the first time",
        "Nobody expected the water to rise so quickly in the first week"};
    private static final String[] AGENCIES = {"AA", "Reuters", "AFP", "AP", "Xinhua", "DPA"};
    private static final String[] AUTHORS = {"Jane Doe", "Omar Said", "Lena Park", "Tom Hale", "Ana Ruiz"};
    private static final String[] PHOTOGRAPHERS = {"AA", "Reuters", "AFP", "Staff photographer"};
    private static final String[] HEADINGS = {
        "What happens next", "A long road", "Costs and benefits", "Voices from the street", "Background"};

    private final SplittableRandom random;

    private CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/CorpusGenerator.java OUT_DIR [TXT_COUNT] [MD_COUNT] [HTML_COUNT] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Map<Format, Integer> counts = new EnumMap<>(Format.class);
        counts.put(Format.TXT, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
        counts.put(Format.MD, args.length > 2 ? Integer.parseInt(args[2]) : 10_000);
        counts.put(Format.HTML, args.length > 3 ? Integer.parseInt(args[3]) : 0);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20_250_428L;
        new CorpusGenerator(seed).write(out, counts);
    }

    private void write(Path out, Map<Format, Integer> counts) throws IOException {
        StringBuilder faults = new StringBuilder("file\tfault\n");
        long bytes = 0;
        int files = 0;
        for (Map.Entry<Format, Integer> entry : counts.entrySet()) {
            Format format = entry.getKey();
            for (int i = 0; i < entry.getValue(); i++) {
                Story story = story(i);
                String name = "content/" + format.folder + "/" + story.section.toLowerCase(Locale.ROOT) + "-"
                        + (i / FILES_PER_FOLDER) + "/" + story.slug + "-" + i + format.extension;
                String text = switch (format) {
                    case TXT -> wire(story);
                    case MD -> markdown(story);
                    case HTML -> html(story);
                };
                Path file = out.resolve(name);
                Files.createDirectories(file.getParent());
                byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                Files.write(file, encoded);
                bytes += encoded.length;
                files++;
                if (story.fault != null) {
                    faults.append(name).append('\t').append(story.fault).append('\n');
                }
            }
        }
        Files.writeString(out.resolve("planted-faults.tsv"), faults);
        System.out.printf(Locale.ROOT, "%d articles, %.1f MB, in %s%n", files, bytes / 1e6, out.resolve("content"));
    }

    // --- the story, shared by every format ----------------------------------------------------------

    /** What an article says, before it is written out in one format. */
    private record Story(String section, String slug, String place, LocalDate date, String headline,
            String standfirst, String caption, String photographer, String agency, String author,
            List<String> paragraphs, Fault fault) {
    }

    private Story story(int index) {
        String section = pick(SECTIONS);
        String place = pick(PLACES);
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        String subject = pick(SUBJECTS);
        String action = pick(ACTIONS);
        String headline = place + ": " + lowerFirst(subject) + " " + headlineVerb(action);
        String standfirst = pick(DETAILS);
        String caption = "A view of the waterfront in " + place + ".";
        Fault fault = random.nextDouble() < FAULT_SHARE ? pick(Fault.values()) : null;
        List<String> paragraphs = new ArrayList<>();
        int count = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        paragraphs.add(subject + " said on " + weekday(date) + " that it " + action + ". " + pick(DETAILS));
        for (int i = 1; i < count; i++) {
            paragraphs.add(random.nextInt(4) == 0 ? quoted() : prose());
        }
        String slug = place.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + section.toLowerCase(Locale.ROOT);
        return new Story(section, slug, place, date, headline, standfirst, caption, pick(PHOTOGRAPHERS),
                pick(AGENCIES), random.nextInt(3) == 0 ? pick(AUTHORS) : null, paragraphs, fault);
    }

    private String prose() {
        int sentences = 2 + random.nextInt(3);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(random.nextBoolean() ? pick(DETAILS)
                    : pick(SUBJECTS) + " said the plan " + pick(PLAN_OUTCOMES) + ".");
        }
        return paragraph.toString();
    }

    private String quoted() {
        return "“" + pick(QUOTES) + ",” " + pick(SPEAKERS) + ". " + pick(DETAILS);
    }

    /** The paragraphs a fault adds to the body, at a place in the middle of the story. */
    private List<String> planted(Story story, Function<String, String> linkMarkup) {
        List<String> body = new ArrayList<>(story.paragraphs);
        int at = body.size() / 2;
        String teaser = pick(PLACES) + " " + pick(SUBJECTS).split(" ")[1] + " " + headlineVerb(pick(ACTIONS));
        switch (story.fault == null ? Fault.NO_SOURCE : story.fault) {
            case PROMO_BLOCK -> body.addAll(at, List.of("Harbour Daily - " + upperFirst(teaser),
                    pick(DETAILS), "🔗"));
            case READ_MORE_LINE -> body.add(at, "Read more: " + upperFirst(teaser));
            case LONE_MARKER -> body.add(at, "👉");
            case TRACKING_LINK -> body.add(at, "The full report is available at "
                    + linkMarkup.apply("https://example.org/reports/" + story.slug
                    + "?utm_source=newsletter&utm_medium=email") + " until the end of the month.");
            case SIGN_UP_BLURB -> body.add(at, "Sign up for our morning newsletter to get the top stories first.");
            case UNATTRIBUTED_QUOTE -> body.add(at, "“" + pick(QUOTES) + ".”");
            case WRONG_WEEKDAY -> body.add(at, "The next meeting is set for "
                    + weekday(story.date.plusDays(3)) + ", " + monthDay(story.date.plusDays(5)) + ", "
                    + story.date.plusDays(5).getYear() + ".");
            default -> {
                // NO_SOURCE and UNCREDITED_PHOTO change the head or the credit, not the body.
            }
        }
        return body;
    }

    private boolean credited(Story story) {
        return story.fault != Fault.NO_SOURCE;
    }

    private boolean photoCredited(Story story) {
        return story.fault != Fault.UNCREDITED_PHOTO;
    }

    // --- formats --------------------------------------------------------------------------------------

    private String wire(Story story) {
        StringBuilder text = new StringBuilder();
        text.append(" date ").append(story.date).append(' ').append(story.section).append('\n');
        text.append(story.headline).append('\n');
        text.append(story.standfirst).append('\n');
        text.append(story.caption);
        if (photoCredited(story)) {
            text.append(" / Photo: ").append(story.photographer);
        }
        text.append('\n');
        text.append(monthDay(story.date)).append(", ").append(story.date.getYear()).append("\n\n");
        List<String> body = planted(story, url -> url);
        if (story.author != null && credited(story)) {
            text.append("By ").append(story.author).append("\n\n");
        }
        String place = story.place.toUpperCase(Locale.ROOT);
        body.set(0, place + " - " + body.get(0));
        for (String paragraph : body) {
            text.append(paragraph).append("\n\n");
        }
        if (credited(story)) {
            text.append("SOURCE:").append(story.agency).append('\n');
        }
        return text.toString();
    }

    private String markdown(Story story) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: \"").append(story.headline).append("\"\n");
        text.append("date: ").append(story.date).append('\n');
        text.append("section: ").append(upperFirst(story.section.toLowerCase(Locale.ROOT))).append('\n');
        if (credited(story)) {
            text.append("source: ").append(story.agency).append('\n');
            if (story.author != null) {
                text.append("author: ").append(story.author).append('\n');
            }
        }
        text.append("---\n\n");
        text.append("*").append(story.standfirst).append("*\n\n");
        text.append("![").append(story.caption).append("](/images/").append(story.slug).append(".jpg");
        if (photoCredited(story)) {
            text.append(" \"Photo: ").append(story.photographer).append('"');
        }
        text.append(")\n\n");
        List<String> body = planted(story, url -> "[the board's website](" + url + ")");
        for (int i = 0; i < body.size(); i++) {
            if (i > 0 && i % 6 == 0) {
                text.append("## ").append(pick(HEADINGS)).append("\n\n");
            }
            if (i == 3) {
                text.append("- ").append(pick(DETAILS)).append('\n');
                text.append("- ").append(pick(DETAILS)).append("\n\n");
            }
            text.append(body.get(i)).append("\n\n");
        }
        if (credited(story)) {
            text.append("SOURCE: ").append(story.agency).append('\n');
        }
        return text.toString();
    }

    private String html(Story story) {
        StringBuilder text = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        text.append("<title>").append(escape(story.headline)).append("</title>\n");
        text.append("<meta property=\"article:published_time\" content=\"").append(story.date).append("\">\n");
        text.append("<meta property=\"article:section\" content=\"").append(story.section).append("\">\n");
        if (credited(story)) {
            text.append("<meta name=\"source\" content=\"").append(story.agency).append("\">\n");
        }
        text.append("</head>\n<body>\n<article>\n");
        text.append("<h1>").append(escape(story.headline)).append("</h1>\n");
        text.append("<p class=\"standfirst\">").append(escape(story.standfirst)).append("</p>\n");
        text.append("<time datetime=\"").append(story.date).append("\">").append(monthDay(story.date))
                .append(", ").append(story.date.getYear()).append("</time>\n");
        text.append("<figure>\n<img src=\"/images/").append(story.slug).append(".jpg\" alt=\"")
                .append(escape(story.caption)).append("\">\n<figcaption>").append(escape(story.caption));
        if (photoCredited(story)) {
            text.append(" Photo: ").append(story.photographer);
        }
        text.append("</figcaption>\n</figure>\n");
        if (story.author != null && credited(story)) {
            text.append("<p class=\"byline\">By ").append(story.author).append("</p>\n");
        }
        List<String> body = planted(story, url -> "<a href=\"" + url.replace("&", "&amp;") + "\">the board's website</a>");
        for (int i = 0; i < body.size(); i++) {
            if (i > 0 && i % 6 == 0) {
                text.append("<h2>").append(pick(HEADINGS)).append("</h2>\n");
            }
            String paragraph = body.get(i);
            text.append("<p>").append(paragraph.contains("<a ") ? paragraph : escape(paragraph)).append("</p>\n");
        }
        if (credited(story)) {
            text.append("<p>SOURCE: ").append(story.agency).append("</p>\n");
        }
        text.append("</article>\n</body>\n</html>\n");
        return text.toString();
    }

    // --- words ----------------------------------------------------------------------------------------

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Fault pick(Fault[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthDay(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    /** "would extend the pilot scheme" reads "to extend the pilot scheme" in a headline. */
    private static String headlineVerb(String action) {
        return action.startsWith("would ") ? "to " + action.substring("would ".length()) : action;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
