package io.github.copydesk.rule.check;

import io.github.copydesk.article.Article;
import io.github.copydesk.article.Block;
import io.github.copydesk.article.BlockKind;
import io.github.copydesk.article.Metadata;
import io.github.copydesk.rule.Check;
import io.github.copydesk.rule.CheckOptions;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.Fix;
import io.github.copydesk.rule.OptionException;
import io.github.copydesk.rule.Violation;
import io.github.copydesk.text.NameKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code source-line} check: an article credits its source in one of the forms real copy uses
 * (a {@code SOURCE:} line, a dateline agency tag, a {@code Reporting by} line, a trailing agency,
 * outlet or desk credit, front-matter {@code source}, a byline), a {@code SOURCE:} line comes last,
 * credited agencies are in {@code allowedAgencies} when that list is set, and a {@code SOURCE:}
 * line agrees with the front matter.
 *
 * <p>Credits are looked for only where copy puts them: the head and the first paragraphs (datelines,
 * bylines) and the last blocks (credit lines). An agency named in the middle of the story
 * ("Reuters reported on Monday") is reporting, not a credit for the article.
 */
public final class SourceLineCheck implements Check {
    static final String ACCEPT_BYLINE = "acceptByline";
    static final String ALLOWED_AGENCIES = "allowedAgencies";
    static final String AGENCIES = "agencies";
    static final String OUTLETS = "outlets";
    static final String CREDIT_PHRASES = "creditPhrases";
    static final String SOURCE_LINE_FORM = "sourceLineForm";
    /** An abbreviation such as AA or AFP. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,6}");
    private static final String SOURCE_PLACEHOLDER = "${source}";

    static final List<String> DEFAULT_AGENCIES = List.of(
            "AA", "Anadolu", "Anadolu Agency", "Anadolu Ajansi", "Reuters", "Thomson Reuters", "AP",
            "Associated Press", "AFP", "Agence France-Presse", "Agence France Presse", "Xinhua",
            "Xinhua News Agency", "DPA", "Deutsche Presse-Agentur", "EFE", "ANSA", "Kyodo", "Kyodo News", "Jiji",
            "Jiji Press", "Yonhap", "PTI", "Press Trust of India", "IANS", "ANI", "UNI", "Bernama", "Antara",
            "TASS", "ITAR-TASS", "RIA Novosti", "RIA", "Interfax", "Sputnik", "Ukrinform", "UNIAN", "IHA",
            "İHA", "ILKHA", "İLKHA", "DHA", "Demiroren News Agency", "Bloomberg", "UPI", "WAFA", "KUNA",
            "SPA", "WAM", "QNA", "IRNA", "ISNA", "Tasnim", "Mehr", "APA", "Trend", "AZERTAC", "MENA",
            "SANA", "Petra", "NNA", "BSS", "APP", "KCNA", "Lusa", "Europa Press", "Belga", "ANP", "PAP",
            "CTK", "MTI", "BTA", "Agerpres", "ANA-MPA", "Prensa Latina", "Canadian Press", "AAP",
            "Australian Associated Press", "KNA", "APS", "TAP", "MAP", "PNA", "CNA");
    static final List<String> DEFAULT_OUTLETS = List.of(
            "TRT World", "TRTWorld", "TRT Haber", "TRT Afrika", "TRT", "Daily Sabah", "Sabah", "Hurriyet Daily News",
            "Yeni Safak", "Al Jazeera", "Al Jazeera English", "Al Arabiya", "BBC", "BBC News",
            "BBC World Service", "CNN", "Sky News", "Euronews", "France 24", "Deutsche Welle", "DW",
            "Voice of America", "VOA", "RFE/RL", "Radio Free Europe", "NPR", "Guardian", "New York Times",
            "Washington Post", "Financial Times", "Independent", "Middle East Eye", "Arab News", "Gulf News",
            "Khaleej Times", "Dawn", "Hindu", "Times of India", "Hindustan Times", "NDTV",
            "South China Morning Post", "Global Times", "China Daily", "CGTN", "Kyiv Independent",
            "Times of Israel", "Haaretz", "Jerusalem Post", "Press TV", "Politico", "CBS News", "NBC News",
            "ABC News", "Fox News", "Agencies", "News agencies", "Agency", "Wire services", "Wire reports", "Wires",
            "Agency reports", "News Desk", "Web Desk", "Online Desk", "Foreign Desk", "News Service",
            "Staff", "Staff Reporter", "Staff Writer", "Our Correspondent", "Our Correspondents",
            "Correspondent", "Newsroom");
    static final List<String> DEFAULT_CREDIT_PHRASES = List.of(
            "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Reported by",
            "Written by", "Edited by", "Contributed by", "With inputs from", "With input from", "Inputs from",
            "With reporting from", "With agency inputs", "contributed to this report", "contributed reporting",
            "Courtesy of", "Anadolu Agency website");

    public static final CheckType TYPE = new CheckType("source-line",
            Set.of(ACCEPT_BYLINE, ALLOWED_AGENCIES, AGENCIES, OUTLETS, CREDIT_PHRASES, SOURCE_LINE_FORM),
            Set.of(BlockKind.values()), SourceLineCheck::new);

    /** Datelines sit in the head or the first paragraphs; a headline or byline paragraph may come first. */
    private static final int OPENING_PARAGRAPHS = 3;
    /** Credit lines close the copy, sometimes followed by a short note or slug. */
    private static final int CLOSING_BLOCKS = 3;
    /** A one-word headline ("Dawn") or an image's alt text is no credit, whatever it spells. */
    private static final Set<BlockKind> UNREAD = Set.of(BlockKind.HEADLINE, BlockKind.IMAGE);
    private static final String NOT_LAST = "The source line must be the last line of the article";

    private final boolean acceptByline;
    private final Set<String> allowedAgencies;
    private final String allowedDisplay;
    private final Set<String> outlets;
    private final CreditForms forms;
    /** The form the last SOURCE line takes, {@code SOURCE:${source}}; empty when any form will do. */
    private final String sourceLineForm;

    public SourceLineCheck(CheckOptions options) {
        this.acceptByline = options.bool(ACCEPT_BYLINE, true);
        List<String> allowed = names(options, ALLOWED_AGENCIES, List.of());
        this.allowedAgencies = allowed.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        this.allowedDisplay = String.join(", ", allowed);
        List<String> agencies = names(options, AGENCIES, DEFAULT_AGENCIES);
        List<String> outletNames = names(options, OUTLETS, DEFAULT_OUTLETS);
        this.outlets = outletNames.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        List<String> known = Stream.concat(agencies.stream(), outletNames.stream()).toList();
        this.forms = new CreditForms(known, names(options, CREDIT_PHRASES, DEFAULT_CREDIT_PHRASES));
        this.sourceLineForm = sourceLineForm(options);
    }

    private static String sourceLineForm(CheckOptions options) {
        List<String> form = options.strings(SOURCE_LINE_FORM, List.of());
        if (form.size() > 1 || form.size() == 1 && !form.get(0).isBlank()
                && (!form.get(0).contains(SOURCE_PLACEHOLDER) || form.get(0).contains("\n"))) {
            throw new OptionException(SOURCE_LINE_FORM, "option '" + SOURCE_LINE_FORM
                    + "' must be one line with ${source} where the source goes, such as 'SOURCE:${source}'");
        }
        return form.isEmpty() ? "" : form.get(0).strip();
    }

    @Override
    public void check(Article article, Set<BlockKind> scope, Consumer<Violation> report) {
        List<Block> blocks = article.blocks(scope);
        if (blocks.isEmpty()) {
            return;
        }
        List<Block> sourceLines = blocks.stream().filter(b -> b.kind() == BlockKind.SOURCE_LINE).toList();
        reportMisplaced(blocks, sourceLines, report);
        reportForm(blocks.get(blocks.size() - 1), report);
        reportDisagreement(article.metadata(), sourceLines, report);
        Credits credits = findCredits(blocks);
        if (sourceLines.isEmpty() && !credits.found && !hasMetadataCredit(article.metadata())) {
            Block last = blocks.get(blocks.size() - 1);
            report.accept(new Violation(last.sourceStart(), last.sourceEnd(),
                    "No source credited: end the article with a source line such as 'SOURCE: AA'"));
        }
        reportDisallowed(credits.names, report);
    }

    private static void reportMisplaced(List<Block> blocks, List<Block> sourceLines, Consumer<Violation> report) {
        Block last = blocks.get(blocks.size() - 1);
        for (Block line : sourceLines) {
            if (line != last) {
                report.accept(new Violation(line.sourceStart(), line.sourceEnd(), NOT_LAST));
            }
        }
    }

    /**
     * A last SOURCE line in another form than {@code sourceLineForm} ({@code SOURCE: AA} where the
     * desk writes {@code SOURCE:AA}), with the line in that form as its fix.
     */
    private void reportForm(Block last, Consumer<Violation> report) {
        if (sourceLineForm.isEmpty() || last.kind() != BlockKind.SOURCE_LINE || last.text().indexOf('\n') >= 0) {
            return;
        }
        Optional<String> credited = CreditForms.sourceValue(last.text());
        if (credited.isEmpty()) {
            return;
        }
        String wanted = sourceLineForm.replace(SOURCE_PLACEHOLDER, credited.get());
        if (!last.text().equals(wanted)) {
            report.accept(new Violation(last.sourceStart(), last.sourceEnd(), "The source line should read '"
                    + wanted + "'", Map.of(Violation.SUGGESTION, wanted))
                    .fixedBy(Optional.of(new Fix(last.sourceStart(), last.sourceEnd(), wanted))));
        }
    }

    /** Only a line naming a known agency or outlet can contradict the metadata: "Source: TurkStat" under a table credits a figure. */
    private void reportDisagreement(Metadata metadata, List<Block> sourceLines, Consumer<Violation> report) {
        Optional<String> declared = metadata.sourceIfKnown();
        if (declared.isEmpty()) {
            return;
        }
        for (Block line : sourceLines) {
            Optional<String> credited = CreditForms.sourceValue(line.text());
            if (credited.isPresent() && forms.namesKnownSource(credited.get())
                    && !sameSource(credited.get(), declared.get())) {
                report.accept(new Violation(line.sourceStart(), line.sourceEnd(), "The source line credits '"
                        + credited.get() + "' but the article's metadata gives source '" + declared.get()
                        + "': make them agree"));
            }
        }
    }

    private void reportDisallowed(Set<Credited> names, Consumer<Violation> report) {
        if (allowedAgencies.isEmpty()) {
            return;
        }
        for (Credited credited : names) {
            String key = NameKey.of(credited.text);
            if (!outlets.contains(key) && !allowedAgencies.contains(key)) {
                report.accept(new Violation(credited.sourceStart, credited.sourceEnd, "The credited agency '"
                        + credited.text + "' is not allowed here: credit one of " + allowedDisplay
                        + ", or add it to allowedAgencies"));
            }
        }
    }

    /** A byline from the metadata may be any text (front matter is free), so one that reads as prose does not count. */
    private boolean hasMetadataCredit(Metadata metadata) {
        return metadata.sourceIfKnown().isPresent()
                || acceptByline && metadata.bylineIfKnown().filter(b -> !forms.isProse(b)).isPresent();
    }

    /** Reads each block of the opening and the closing once, even when a short article makes them overlap. */
    private Credits findCredits(List<Block> blocks) {
        Credits credits = new Credits();
        int openingEnd = openingEnd(blocks);
        int closingStart = Math.max(0, blocks.size() - CLOSING_BLOCKS);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean opening = i < openingEnd;
            boolean closing = i >= closingStart;
            if (block.kind() == BlockKind.SOURCE_LINE) {
                credits.addAll(block, 0, forms.sourceLabel(block.text()));
            } else if ((opening || closing) && !UNREAD.contains(block.kind())) {
                readBlock(block, opening, closing, credits);
            }
        }
        return credits;
    }

    /** Index just past the head and the first {@link #OPENING_PARAGRAPHS} paragraphs. */
    private static int openingEnd(List<Block> blocks) {
        int paragraphs = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.PARAGRAPH && ++paragraphs == OPENING_PARAGRAPHS) {
                return i + 1;
            }
        }
        return blocks.size();
    }

    private void readBlock(Block block, boolean opening, boolean closing, Credits credits) {
        String text = block.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            Place place = new Place(opening, closing, newline < 0);
            readLine(block, lineStart, text.substring(lineStart, lineEnd), place, credits);
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Looks for every credit form allowed at this place: dateline tags only at the top, credit
     * phrases only at the end and paragraph-closing credits only on a closing block's last line;
     * whole credit lines and bylines in both regions, since outlets put them under the headline as
     * well as at the end.
     */
    private void readLine(Block block, int offset, String line, Place place, Credits credits) {
        if (line.isBlank()) {
            return;
        }
        forms.creditLine(line).ifPresent(names -> credits.addAll(block, offset, names));
        List<CreditForms.Name> labelled = forms.sourceLabel(line);
        if (!labelled.isEmpty()) {
            credits.addAll(block, offset, labelled);
        }
        if (acceptByline && forms.isByline(line)) {
            credits.found = true;
        }
        if (place.opening()) {
            forms.datelineTag(line).ifPresent(name -> credits.addAll(block, offset, List.of(name)));
        }
        if (place.closing()) {
            credits.found |= forms.hasCreditPhrase(line);
        }
        if (place.closing() && place.lastLine()) {
            forms.trailingCredit(line).ifPresent(names -> credits.addAll(block, offset, names));
        }
    }

    private static List<String> names(CheckOptions options, String option, List<String> defaults) {
        List<String> names = options.strings(option, defaults);
        if (names.stream().anyMatch(String::isBlank)) {
            throw new OptionException(option, "option '" + option + "' must not contain empty names");
        }
        return names;
    }

    /**
     * Two ways of naming one source: equal but for case and punctuation ({@code A.A.} and {@code AA}),
     * one inside the other ({@code TRT World} in {@code TRT World and Agencies}), or an abbreviation
     * of the other ({@code AA} for {@code Anadolu Agency}, {@code AFP} for {@code Agence France-Presse}).
     */
    private static boolean sameSource(String a, String b) {
        // Punctuation and spacing dropped, so SOURCE: A.A. agrees with AA.
        String bareA = NameKey.bare(a);
        String bareB = NameKey.bare(b);
        return bareA.equals(bareB) || containsWords(a, b) || containsWords(b, a)
                || abbreviates(a, b) || abbreviates(b, a);
    }

    /** {@code AA} for {@code Anadolu Agency} or plain {@code Anadolu}: a one-word capital form that the name's initials open. */
    private static boolean abbreviates(String abbreviation, String name) {
        String letters = abbreviation.strip().replace(".", "");
        String initials = initials(name);
        return CAPITALS.matcher(letters).matches() && !initials.isEmpty() && NameKey.bare(letters).startsWith(initials);
    }

    private static boolean containsWords(String whole, String part) {
        String words = NameKey.spacedWords(whole);
        String wanted = NameKey.spacedWords(part);
        return !wanted.isBlank() && words.contains(wanted);
    }

    /** The capitals that open the words of a name, in the form {@link #bare} gives. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : NameKey.words(name)) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equalsIgnoreCase("the")) {
                initials.append(word.charAt(0));
            }
        }
        return NameKey.bare(initials.toString());
    }

    /** Where a line stands: in the opening blocks, the closing blocks, and last in its block. */
    private record Place(boolean opening, boolean closing, boolean lastLine) {
    }

    /** A name credited by the article, located in its source. */
    private record Credited(String text, int sourceStart, int sourceEnd) {
    }

    /** What one run found; local to a call, so the check itself stays stateless. */
    private static final class Credits {
        private boolean found;
        // A set: one credit can match two forms ("— Reuters" is a credit line and a trailing credit).
        private final Set<Credited> names = new LinkedHashSet<>();

        void addAll(Block block, int lineOffset, List<CreditForms.Name> found) {
            this.found = true;
            for (CreditForms.Name name : found) {
                int start = block.sourceOffset(lineOffset + name.start());
                int end = block.sourceOffset(lineOffset + name.end() - 1) + 1;
                names.add(new Credited(name.text(), start, end));
            }
        }
    }

    @Override
    public boolean readsMetadata() {
        return true;
    }
}
