package io.github.copydesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the line that credits an article's source: {@code SOURCE:AA}, {@code Source: Reuters}.
 * In capitals it is the wire desk's own marker wherever it stands; in other cases only at the end
 * of the article, since mid-story a "Source: TurkStat" line credits a table or a figure.
 */
public final class SourceLine {
    private static final Pattern FORM = Pattern.compile("(?i)source\\s*:\\s*\\S[^\\n]*");

    private SourceLine() {
    }

    /** True when {@code text}, trimmed, is one line of the source-line form, in any case. */
    public static boolean is(String text) {
        // Asked of every paragraph: the word is checked before a matcher is made for the form.
        String line = text.strip();
        return line.regionMatches(true, 0, "source", 0, "source".length()) && FORM.matcher(line).matches();
    }

    /** Source lines that are not the article's (see the class comment) become paragraphs again. */
    static List<Block> settle(List<Block> blocks) {
        List<Block> settled = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            boolean dataCredit = block.kind() == BlockKind.SOURCE_LINE && !last
                    && !block.text().strip().startsWith("SOURCE");
            settled.add(dataCredit ? block.withKind(BlockKind.PARAGRAPH) : block);
        }
        return settled;
    }
}
