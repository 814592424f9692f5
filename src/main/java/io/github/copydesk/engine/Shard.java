package io.github.copydesk.engine;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.text.Sha256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One share of a run split across machines: shard {@code index} of {@code count}, counted from 1.
 * An article belongs to the shard given by the SHA-256 of its path as reports show it (relative
 * to the base directory, {@code /}-separated), read as a number, modulo {@code count}: the
 * shards of one run cover every selected article exactly once, whatever order the folders are
 * walked in and on whatever machine, and an article stays in its shard while others come and go.
 */
public record Shard(int index, int count) {
    /** The parameter's name, which messages start with. */
    public static final String PARAMETER = "shard";

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(problem(index + "/" + count));
        }
    }

    /**
     * The shard a parameter value names ({@code 2/8}); none when the value is unset or blank.
     *
     * @throws IllegalArgumentException naming the parameter and the valid form, for any other value
     */
    public static Optional<Shard> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(value.strip());
        if (!form.matches()) {
            throw new IllegalArgumentException(problem(value));
        }
        int index = Integer.parseInt(form.group(1));
        int count = Integer.parseInt(form.group(2));
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(problem(value));
        }
        return Optional.of(new Shard(index, count));
    }

    private static String problem(String value) {
        return PARAMETER + ": '" + value + "' is not a shard; write i/n, shard i of n, with 1 <= i <= n (e.g. 2/8)";
    }

    /** Whether the article shown as {@code displayPath} belongs to this shard. */
    public boolean holds(String displayPath) {
        BigInteger hash = new BigInteger(1, Sha256.of(displayPath.getBytes(StandardCharsets.UTF_8)));
        return hash.mod(BigInteger.valueOf(count)).intValueExact() == index - 1;
    }

    /** The files of {@code selected} that belong to this shard, in their order. */
    public List<Path> select(Path baseDirectory, List<Path> selected) {
        return selected.stream().filter(file -> holds(DisplayPath.of(baseDirectory, file))).toList();
    }

    /** {@code index/count}, as the parameter takes it. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
