package io.github.copydesk.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats a run can report in. {@code console} is the build log and {@code github} goes to
 * standard output; every other format is one file, named after the format, except
 * {@code codequality}, which has the name GitLab's documentation gives its Code Quality report.
 */
public enum ReportFormat {
    CONSOLE(null, null),
    JSON("copydesk.json", new JsonReportWriter()),
    CHECKSTYLE("copydesk-checkstyle.xml", new CheckstyleXmlWriter()),
    SARIF("copydesk.sarif", new SarifWriter()),
    JUNIT("copydesk-junit.xml", new JunitXmlWriter()),
    GITHUB(null, new GithubAnnotations()),
    HTML("copydesk.html", new HtmlReportWriter()),
    CODEQUALITY("gl-code-quality-report.json", new CodeQualityWriter());

    /** Written in front of a format to leave it out; only the default {@code console} needs it. */
    static final String OFF = "-";

    private final String fileName;
    private final ReportWriter writer;

    ReportFormat(String fileName, ReportWriter writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The name users write: {@code json}, {@code sarif}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The report file this format writes; empty for the console and GitHub's workflow commands. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    ReportWriter writer() {
        return writer;
    }

    /**
     * The formats a comma-separated list asks for. The console is always among them unless the
     * list says {@code -console}: asking for a file should not silence the build log.
     *
     * @throws IllegalArgumentException for a name that is no format, naming the valid ones
     */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> formats = EnumSet.of(CONSOLE);
        if (list == null) {
            return formats;
        }
        for (String entry : list.split(",")) {
            String name = entry.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean off = name.startsWith(OFF);
            ReportFormat format = byId(off ? name.substring(OFF.length()).strip() : name)
                    .orElseThrow(() -> new IllegalArgumentException("outputFormats: unknown format '" + name
                            + "'; use any of " + ids()));
            if (off) {
                formats.remove(format);
            } else {
                formats.add(format);
            }
        }
        return formats;
    }

    private static Optional<ReportFormat> byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The format names, comma separated, as messages list them. */
    static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
