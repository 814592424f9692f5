package io.github.copydesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Rule files among a class loader's resources, in jars and class folders alike: the built-in pack,
 * and a rule pack a newsroom ships as an artifact and adds to the plugin's dependencies.
 */
final class ClasspathRules {
    private ClasspathRules() {
    }

    /** A rule file: its name as messages show it, and its text. */
    record RuleFile(String origin, String yaml) {
    }

    /**
     * The rule files under {@code folder} (a resource path ending in {@code /}) and its subfolders,
     * in every jar and class folder that has it, sorted by name; none when no one has it.
     */
    static List<RuleFile> under(ClassLoader loader, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            names.addAll(names(roots.nextElement(), folder));
        }
        Collections.sort(names);
        List<RuleFile> files = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            file(loader, name).ifPresent(files::add);
        }
        return files;
    }

    /** The resource {@code name}, the first the loader finds, if there is one. */
    static Optional<RuleFile> file(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty()
                    : Optional.of(new RuleFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /** The rule files in {@code folder} and its subfolders, sorted. */
    static List<Path> ruleFilesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(path -> isRuleFile(path.getFileName().toString()))
                    .sorted().toList();
        }
    }

    static boolean isRuleFile(String name) {
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static List<String> names(URL root, String folder) throws IOException {
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith(folder) && isRuleFile(name)).toList();
            }
        }
        try {
            Path base = Path.of(root.toURI());
            return ruleFilesUnder(base).stream()
                    .map(path -> folder + base.relativize(path).toString().replace('\\', '/')).toList();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }
}
