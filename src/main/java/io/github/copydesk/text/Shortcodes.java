package io.github.copydesk.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo-style shortcodes in Markdown copy ({@code {{< figure src="..." attr="Reuters" >}}}): markup
 * a site generator replaces, whose quoted attribute values are not quotations.
 */
public final class Shortcodes {
    /** One shortcode: where it stands in the text, its name and its attributes. */
    public record Shortcode(int start, int end, String name, Map<String, String> attributes) {
    }

    /** {@code {{< name ... >}}} or {@code {{% name ... %}}}; the name in group 1 or 3, the attributes in 2 or 4. */
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\{\\{(?:<\\s*+([\\w-]++)([^}]{0,2000}?)>|%\\s*+([\\w-]++)([^}]{0,2000}?)%)\\}\\}");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]++)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");

    private Shortcodes() {
    }

    public static List<Shortcode> find(String text) {
        List<Shortcode> found = new ArrayList<>();
        if (text.indexOf("{{") < 0) {
            return found;
        }
        Matcher matcher = SHORTCODE.matcher(text);
        while (matcher.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            boolean angled = matcher.group(1) != null;
            Matcher attribute = ATTRIBUTE.matcher(angled ? matcher.group(2) : matcher.group(4));
            while (attribute.find()) {
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
            }
            found.add(new Shortcode(matcher.start(), matcher.end(), angled ? matcher.group(1) : matcher.group(3), attributes));
        }
        return found;
    }
}
