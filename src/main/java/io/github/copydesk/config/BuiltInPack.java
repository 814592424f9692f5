package io.github.copydesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rule files that ship inside the plugin under {@code copydesk/rules/<pack>/}. They are
 * listed from the jar (or the classes folder in a build), so adding a rule is adding a file.
 */
final class BuiltInPack {
    static final String NAME = "newsroom";
    private static final String FOLDER = "copydesk/rules/" + NAME + "/";

    private BuiltInPack() {
    }

    /** A rule file of the pack: its name (as messages show it) and its text. */
    record RuleFile(String origin, String yaml) {
    }

    static List<RuleFile> files() {
        ClassLoader loader = BuiltInPack.class.getClassLoader();
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("The built-in rule pack is missing from the plugin: " + FOLDER);
        }
        List<RuleFile> files = new ArrayList<>();
        for (String name : names(folder)) {
            try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
                files.add(new RuleFile("rules/" + NAME + "/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read built-in rule " + name, e);
            }
        }
        return files;
    }

    private static List<String> names(URL folder) {
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith(FOLDER) && isRuleFile(name))
                            .map(name -> name.substring(FOLDER.length()))
                            .filter(name -> !name.contains("/"))
                            .forEach(names::add);
                }
            } else {
                try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
                    list.map(path -> path.getFileName().toString()).filter(BuiltInPack::isRuleFile).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the built-in rule pack", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list the built-in rule pack", e);
        }
        Collections.sort(names);
        return names;
    }

    static boolean isRuleFile(String name) {
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }
}
