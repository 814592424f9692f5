package io.github.copydesk.engine;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps copydesk's code, and the libraries it parses and matches text with, on the JVM's quick
 * compiler (C1). A check runs a great deal of code for a few seconds: on a cold run over 20,000
 * articles on two cores, the optimising compiler (C2) took most of a core compiling the engine,
 * and compiling parts of it again after deoptimisation, while the checking threads needed both;
 * its faster code did not win that time back within the run. HotSpot compiler directives, added
 * to the running JVM, do for these classes what {@code -XX:TieredStopAtLevel=1} does for the
 * whole JVM, so Maven and other plugins keep both compilers. They are added once per JVM and
 * left in place: later goals in the same build run the same code. A JVM without HotSpot's
 * diagnostic command, or without C1 to take over, is left as it is.
 */
public final class QuickCompilation {
    /**
     * Class patterns, in the directive's notation: copydesk, then the parsers and the pattern
     * engine it runs, and commons-text, which fills in every finding's message.
     */
    static final List<String> CLASSES = List.of("io/github/copydesk/*.*", "org/jsoup/*.*", "org/commonmark/*.*",
            "org/snakeyaml/engine/*.*", "com/google/re2j/*.*", "org/apache/commons/text/*.*");

    /**
     * JDK classes whose methods call copydesk's ({@code Optional.flatMap}, stream stages, {@code
     * forEach}): compiled by C2 for Maven's sake, they must not take copydesk's code in with them.
     * This second directive comes before any the user gave the JVM for these classes.
     */
    static final List<String> CALLERS = List.of("java/util/*.*", "java/lang/*.*");

    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
    private static final AtomicBoolean REQUESTED = new AtomicBoolean();

    private QuickCompilation() {
    }

    /**
     * Adds the directives on a thread of its own: reaching the diagnostic command starts the JVM's
     * management server, about a tenth of a second that can pass while the rules load.
     */
    public static void applyInBackground(LintListener listener) {
        Thread thread = new Thread(() -> apply(listener), "copydesk-quick-compilation");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Adds the directives unless this JVM already has them from copydesk; whether it took, or why not,
     * goes to {@code listener} at debug level. Never throws.
     */
    static void apply(LintListener listener) {
        if (!REQUESTED.compareAndSet(false, true)) {
            return;
        }
        Path file = null;
        try {
            Optional<String> lacksQuickCompiler = lacksQuickCompiler();
            if (lacksQuickCompiler.isPresent()) {
                listener.debug("copydesk leaves the JVM's compilers as they are: " + lacksQuickCompiler.get());
                return;
            }
            file = Files.createTempFile("copydesk-compiler-directive", ".json");
            Files.writeString(file, directive(), StandardCharsets.UTF_8);
            String answer = String.valueOf(diagnosticCommand("compilerDirectivesAdd", file.toString())).strip();
            if (answer.contains("added")) {
                listener.debug("copydesk's code runs on the JVM's quick compiler (quickCompilation): " + answer);
            } else {
                listener.debug("The JVM did not take copydesk's compiler directives; its optimising compiler stays on: "
                        + answer);
            }
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            // LinkageError: a runtime image without the jdk.management module.
            listener.debug("copydesk could not ask the JVM for its quick compiler; its optimising compiler stays on: "
                    + e);
        } finally {
            deleteQuietly(file);
        }
    }

    /**
     * Why C1 would not take over here: without tiered compilation, or in a mode that compiles
     * with C2 alone, a method that C2 may not compile is interpreted, some twenty times slower.
     */
    private static Optional<String> lacksQuickCompiler() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (!Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue())) {
            return Optional.of("it runs without tiered compilation");
        }
        String mode = vm.getVMOption("CompilationMode").getValue();
        if (mode.startsWith("high-only")) {
            return Optional.of("its compilation mode is " + mode);
        }
        return Optional.empty();
    }

    /** The JVM's current compiler directives as its diagnostic command prints them. */
    static String printedDirectives() throws JMException {
        return String.valueOf(diagnosticCommand("compilerDirectivesPrint"));
    }

    /**
     * Two directives: C2 compiles no method of {@link #CLASSES}, which so stay with C1, and inlines
     * none into a method of {@link #CALLERS}.
     */
    static String directive() {
        return "[ { match: " + quoted(CLASSES, "") + ", c2: { Exclude: true } },"
                + " { match: " + quoted(CALLERS, "") + ", c2: { inline: " + quoted(CLASSES, "-") + " } } ]";
    }

    private static String quoted(List<String> patterns, String prefix) {
        return patterns.stream().map(pattern -> '"' + prefix + pattern + '"').collect(Collectors.joining(", ", "[", "]"));
    }

    private static Object diagnosticCommand(String command, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(DIAGNOSTIC_COMMAND), command,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover file in the temporary folder is harmless; the directives are in the JVM by now.
        }
    }
}
