import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.engine.FileSelection;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Linter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The cost of a long word list: one {@code existence} rule alone (the built-in pack left out) over
 * a corpus, with {@code TOKENS} words and phrases. The list always holds {@code council}, a word
 * the corpus uses; the others are made up (seeded, the same every run), a fifth of them phrases.
 *
 * <pre>java -cp CLASSPATH bench/WordListBench.java CORPUS_DIR TOKENS [PASSES]</pre>
 *
 * Prints the time to load the rule, then, after one pass to warm the JIT compiler up, the time of
 * each further pass over every article (one thread): its wall time, the CPU time of the whole
 * process (steadier than the wall time on a busy machine) and the findings.
 */
public final class WordListBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath();
        int tokens = Integer.parseInt(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        Path rules = Files.createTempDirectory("word-list-rules");
        Files.writeString(rules.resolve("word-list.yml"), rule(tokens));
        long loadStart = System.nanoTime();
        RuleSet all = new RuleSetLoader().loadWithoutRunningExamples(
                new RuleSettings(corpus, List.of(rules), List.of(), null));
        RuleSet wordList = new RuleSet(all.rules().stream().filter(r -> r.id().equals("word-list")).toList());
        System.out.printf("tokens %d: rule loaded in %.2f s%n", tokens, (System.nanoTime() - loadStart) / 1e9);

        com.sun.management.OperatingSystemMXBean processCpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Path> files = new FileSelection(List.of(corpus.resolve("content")), List.of(), List.of(), List.of())
                .select();
        for (int pass = 0; pass <= passes; pass++) {
            long start = System.nanoTime();
            long cpuStart = processCpu.getProcessCpuTime();
            LintResult result = new Linter().lint(new LintRequest(corpus, files, StandardCharsets.UTF_8,
                    LintRequest.DEFAULT_MAX_FILE_SIZE, wordList, 1));
            System.out.printf("tokens %d: %s %d articles in %.2f s (%.2f s of CPU), %d findings%n", tokens,
                    pass == 0 ? "warm-up," : "pass " + pass + ",", files.size(),
                    (System.nanoTime() - start) / 1e9, (processCpu.getProcessCpuTime() - cpuStart) / 1e9,
                    result.findings().size());
        }
    }

    private static String rule(int tokens) {
        SplittableRandom random = new SplittableRandom(21);
        List<String> words = new ArrayList<>(List.of("council"));
        while (words.size() < tokens) {
            String word = madeUp(random);
            words.add(random.nextInt(5) == 0 ? word + " " + madeUp(random) : word);
        }
        return "id: word-list\ncheck: existence\nseverity: warning\nmessage: 'Listed: \"${match}\"'\n"
                + "options:\n  ignoreCase: true\n  tokens:\n"
                + words.stream().map(w -> "    - '" + w + "'\n").collect(Collectors.joining());
    }

    private static String madeUp(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = 4 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
