package io.github.copydesk.report;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up run over an archive of wire articles, each a header, a headline and paragraphs of a few
 * sentences, one to a line, with the same number of findings in each: a whole paragraph marked (as
 * a missing source line is), a phrase (as an unattributed quote is) or a word, with messages as
 * long as the built-in rules write. The same sizes always give the same files and findings.
 */
record ArchiveRun(Report report) {
    private static final String[] SENTENCES = {
        "The regional water board said on Tuesday that it would extend the pilot scheme to four more districts.",
        "About 12,000 households are expected to benefit from the change, officials said.",
        "Critics argue that the plan does too little for the villages along the upper valley.",
        "\"We have listened to what people told us and we are changing the plan,\" the mayor said.",
        "Work on the first stage of the new harbour wall is due to begin in the spring.",
        "The cost of the project has risen by almost a fifth since it was first proposed in 2023.",
        "Several hundred people attended an open meeting at the town hall on Thursday evening.",
        "The agreement still needs the approval of the regional assembly, which meets next month."};
    private static final String SOURCE_MESSAGE = "No source credited in the text: if this is not the desk's own"
            + " copy, end it with a source line such as 'SOURCE: AA'";
    private static final int PARAGRAPHS = 12;

    static ArchiveRun in(Path base, int articles, int findingsEach) throws IOException {
        Random random = new Random(20_261_208L);
        List<String> paths = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            String path = "archive/" + (i / 500) + "/story-" + i + ".txt";
            StringBuilder text = new StringBuilder(" date 2026-03-").append(String.format("%02d", 1 + i % 28))
                    .append(" WORLD\nKestrel Bay council weighs plan number ").append(i)
                    .append(" for the old harbour\n\n");
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < PARAGRAPHS; p++) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < 3; s++) {
                    paragraph.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
                }
                lines.add(paragraph.toString());
                text.append(paragraph).append("\n\n");
            }
            Path file = base.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            paths.add(path);
            for (int f = 0; f < findingsEach; f++) {
                int index = f * PARAGRAPHS / findingsEach;
                String paragraph = lines.get(index);
                int line = 4 + 2 * index;
                findings.add(switch (f % 3) {
                    case 0 -> new Finding(path, line, 1, line, paragraph.length() + 1, "source-line", Severity.INFO,
                            SOURCE_MESSAGE, paragraph, "", "");
                    case 1 -> {
                        int from = paragraph.indexOf(' ', paragraph.length() / 3) + 1;
                        int space = paragraph.indexOf(' ', from + 50);
                        int to = space < 0 ? paragraph.length() : space;
                        yield new Finding(path, line, from + 1, line, to + 1, "quote-attribution", Severity.WARNING,
                                "Quote with no speaker named in it or next to it: \"" + paragraph.substring(from, from + 40)
                                        + " ...\"", paragraph.substring(from, to), "", "");
                    }
                    default -> {
                        int from = paragraph.indexOf("the ") + 4;
                        int to = paragraph.indexOf(' ', from);
                        yield new Finding(path, line, from + 1, line, to + 1, "promo-link", Severity.ERROR,
                                "Leftover 'Read more' line: \"" + paragraph.substring(from, to) + "\"",
                                paragraph.substring(from, to), "", "");
                    }
                });
            }
        }
        return new ArchiveRun(new Report("1", base, StandardCharsets.UTF_8, 1_000_000, paths, HostileReport.RULES,
                findings));
    }
}
