package io.github.copydesk.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The rule files that ship inside the plugin under {@code copydesk/rules/<pack>/}. They are
 * listed from the jar (or the classes folder in a build), so adding a rule is adding a file.
 */
final class BuiltInPack {
    static final String NAME = "newsroom";
    private static final String FOLDER = "copydesk/rules/" + NAME + "/";

    private BuiltInPack() {
    }

    /** The pack's files, each named {@code rules/newsroom/<file>} in messages. */
    static List<ClasspathRules.RuleFile> files() {
        List<ClasspathRules.RuleFile> files;
        try {
            files = ClasspathRules.under(BuiltInPack.class.getClassLoader(), FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the built-in rule pack", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("The built-in rule pack is missing from the plugin: " + FOLDER);
        }
        return files.stream().map(file -> new ClasspathRules.RuleFile(
                "rules/" + NAME + "/" + file.origin().substring(FOLDER.length()), file.yaml())).toList();
    }
}
