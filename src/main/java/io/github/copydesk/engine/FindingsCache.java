package io.github.copydesk.engine;

import io.github.copydesk.config.RuleSet;
import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Fix;
import io.github.copydesk.rule.Severity;
import io.github.copydesk.text.Sha256;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The findings of the last run, per file, so that a file whose bytes have not changed is not read
 * into an article and checked again. An entry holds the SHA-256 of the file's bytes, its size and
 * modification time (which the {@link CacheStrategy#METADATA metadata} strategy compares instead,
 * without reading the file), and the raw findings of the rules, before anything a caller filters
 * afterwards. The whole file belongs to
 * one run key, a digest of everything else that decides findings (rule files, levels, disabled
 * rules, encoding, size limit, plugin version and code, the libraries it runs with); under another
 * key the cache starts empty.
 *
 * <p>The file is written whole to a temporary file and moved into place, so a run that stops half
 * way leaves the old cache or the new one, never a mix. It ends with a checksum of the rest, so that
 * a file edited or with a flipped bit is known as damaged rather than served. A file that is not
 * a cache, is damaged or was written by another version is ignored with a debug message and
 * replaced.
 */
public final class FindingsCache {
    /** The first bytes of a cache file, and the version of its layout. */
    static final String MAGIC = "copydesk findings cache";
    static final int FORMAT = 4;
    /** The file ends with the SHA-256 of every byte before it. */
    private static final String CHECKSUM = "SHA-256";
    private static final int CHECKSUM_LENGTH = 32;
    /** More than the header of any cache file: magic, layout, version and run key. */
    private static final int HEADER_LIMIT = 4096;

    private static final FindingsCache DISABLED = new FindingsCache(null, "", "", Map.of(), LintListener.SILENT,
            CacheStrategy.CONTENT);

    private final Path file;
    private final String pluginVersion;
    private final String runKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final LintListener listener;
    private final CacheStrategy strategy;

    /**
     * One file's content digest, size and modification time when it was read, whether its text may
     * hold inline suppression comments, and its findings.
     */
    private record Entry(byte[] contentHash, FileStamp stamp, boolean mayHoldComments, List<Finding> findings) {
        boolean matches(byte[] hash) {
            return Arrays.equals(contentHash, hash);
        }
    }

    /** A file's size and modification time (milliseconds), read before its bytes. */
    record FileStamp(long size, long modified) {
        static final FileStamp UNKNOWN = new FileStamp(-1, -1);

        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException | RuntimeException e) {
                return UNKNOWN;
            }
        }

        boolean known() {
            return size >= 0;
        }
    }

    private FindingsCache(Path file, String pluginVersion, String runKey, Map<String, Entry> previous,
            LintListener listener, CacheStrategy strategy) {
        this.file = file;
        this.pluginVersion = pluginVersion;
        this.runKey = runKey;
        this.previous = previous;
        this.listener = listener;
        this.strategy = strategy;
    }

    /**
     * The digest of everything besides a file's bytes that decides its findings. The plugin's own
     * code is in it as well as its version, so that a rebuilt snapshot does not reuse the findings
     * of the code it replaced, and so are the libraries it runs with ({@code libraries}, sorted),
     * which a build can swap for other versions of its own.
     */
    static String runKey(LintRequest request, String pluginVersion, List<String> libraries) {
        return runKey(request.ruleSet(), request.charset(), request.maxFileSize(), pluginVersion, libraries);
    }

    static String runKey(RuleSet rules, Charset charset, long maxFileSize, String pluginVersion,
            List<String> libraries) {
        Sha256 key = Sha256.start().add(FORMAT).add(pluginVersion).add(CodeIdentity.DIGEST).add(libraries.size());
        libraries.forEach(key::add);
        return key.add(rules.fingerprint()).add(charset.name()).add(maxFileSize).hex();
    }

    /**
     * Whether {@code file} opens with the header that a run under {@code runKey} writes. Only the
     * header is read; a missing, unreadable or foreign file is a no.
     */
    static boolean wasWrittenUnder(Path file, String pluginVersion, String runKey) {
        try (InputStream in = Files.newInputStream(file)) {
            readHeader(ByteBuffer.wrap(in.readNBytes(HEADER_LIMIT)), pluginVersion, runKey);
            return true;
        } catch (IOException | Stale | BufferUnderflowException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A cache that remembers nothing: every file is checked. */
    static FindingsCache disabled() {
        return DISABLED;
    }

    /**
     * The cache in {@code file} if it was written under {@code runKey}, else an empty one that
     * will be written there. Never fails: a missing, unreadable or foreign file is an empty cache.
     */
    static FindingsCache load(Path file, String pluginVersion, String runKey, LintListener listener) {
        return load(file, pluginVersion, runKey, listener, CacheStrategy.CONTENT);
    }

    /** As {@link #load(Path, String, String, LintListener)}, telling unchanged files by {@code strategy}. */
    static FindingsCache load(Path file, String pluginVersion, String runKey, LintListener listener,
            CacheStrategy strategy) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            read(ByteBuffer.wrap(Files.readAllBytes(file)), pluginVersion, runKey, entries);
        } catch (NoSuchFileException e) {
            listener.debug("copydesk cache " + file + " does not exist yet: checking every file");
        } catch (IOException e) {
            listener.debug("copydesk cache " + file + " cannot be read (" + e + "): checking every file");
        } catch (Stale e) {
            entries.clear();
            listener.debug("copydesk cache " + file + " ignored: " + e.getMessage() + "; checking every file");
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            entries.clear();
            listener.debug("copydesk cache " + file + " ignored: the file is damaged (" + e
                    + "); checking every file");
        }
        return new FindingsCache(file, pluginVersion, runKey, entries, listener, strategy);
    }

    /**
     * With the {@code metadata} strategy, the cached findings of a file whose size and modification
     * time ({@code stamp}) are those of the last run and whose text holds no inline suppression
     * comments to apply: the file need not be read. Else nothing, and the file is read.
     */
    Optional<List<Finding>> unchangedByStamp(String path, FileStamp stamp) {
        if (file == null || strategy != CacheStrategy.METADATA || !stamp.known()) {
            return Optional.empty();
        }
        Entry cached = previous.get(path);
        if (cached == null || !cached.stamp().equals(stamp) || cached.mayHoldComments()) {
            return Optional.empty();
        }
        hits.incrementAndGet();
        current.put(path, cached);
        return Optional.of(cached.findings());
    }

    /**
     * The findings for a file with these bytes: the cached ones when its content is unchanged,
     * else those {@code check} finds, which are then kept for the next run with the file's
     * {@code stamp} and whether it {@code mayHoldComments}.
     */
    List<Finding> findings(String path, FileStamp stamp, byte[] bytes, boolean mayHoldComments,
            Supplier<List<Finding>> check) {
        if (file == null) {
            return check.get();
        }
        byte[] hash = Sha256.of(bytes);
        Entry cached = previous.get(path);
        if (cached != null && cached.matches(hash)) {
            hits.incrementAndGet();
            current.put(path, new Entry(hash, stamp, mayHoldComments, cached.findings()));
            return cached.findings();
        }
        List<Finding> findings = List.copyOf(check.get());
        current.put(path, new Entry(hash, stamp, mayHoldComments, findings));
        return findings;
    }

    /** How many files this run took from the cache. */
    int hits() {
        return hits.get();
    }

    /**
     * Writes the entries of this run, and those of the last run for files this run did not check
     * that {@code stillThere} says still exist (a run of one article keeps the rest of the cache).
     * Unchanged, the file is left alone. A failure to write is a warning: the run's findings stand.
     */
    void save(Predicate<String> stillThere) {
        if (file == null) {
            return;
        }
        Map<String, Entry> entries = new HashMap<>(current);
        previous.forEach((path, entry) -> {
            if (!entries.containsKey(path) && stillThere.test(path)) {
                entries.put(path, entry);
            }
        });
        if (hits.get() == current.size() && entries.size() == previous.size()
                && current.entrySet().stream().allMatch(entry -> previous.get(entry.getKey()).stamp()
                        .equals(entry.getValue().stamp()))) {
            return;
        }
        try {
            AtomicFiles.replace(file, out -> {
                MessageDigest digest = checksum();
                DigestOutputStream summed = new DigestOutputStream(new BufferedOutputStream(out, 1 << 16), digest);
                write(new DataOutputStream(summed), entries);
                summed.on(false);
                summed.write(digest.digest());
                summed.flush();
            });
        } catch (IOException | RuntimeException e) {
            listener.warn("copydesk could not write its cache " + file + ": " + e);
        }
    }

    // --- the file's layout: header, then per file its path, digest and findings ---------------------

    private void write(DataOutputStream out, Map<String, Entry> entries) throws IOException {
        writeString(out, MAGIC);
        out.writeInt(FORMAT);
        writeString(out, pluginVersion);
        writeString(out, runKey);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            writeString(out, entry.getKey());
            byte[] hash = entry.getValue().contentHash();
            out.writeInt(hash.length);
            out.write(hash);
            out.writeLong(entry.getValue().stamp().size());
            out.writeLong(entry.getValue().stamp().modified());
            out.writeBoolean(entry.getValue().mayHoldComments());
            List<Finding> findings = entry.getValue().findings();
            out.writeInt(findings.size());
            for (Finding finding : findings) {
                out.writeInt(finding.line());
                out.writeInt(finding.column());
                out.writeInt(finding.endLine());
                out.writeInt(finding.endColumn());
                writeString(out, finding.ruleId());
                writeString(out, finding.severity().name());
                writeString(out, finding.message());
                writeString(out, finding.matched());
                writeString(out, finding.excerpt());
                writeString(out, finding.suggestion());
                out.writeBoolean(finding.fix().isPresent());
                if (finding.fix().isPresent()) {
                    out.writeInt(finding.fix().get().start());
                    out.writeInt(finding.fix().get().end());
                    writeString(out, finding.fix().get().replacement());
                }
            }
        }
        out.flush();
    }

    private static void read(ByteBuffer whole, String pluginVersion, String runKey, Map<String, Entry> entries)
            throws Stale {
        readHeader(whole.duplicate(), pluginVersion, runKey);
        ByteBuffer in = verified(whole);
        readHeader(in, pluginVersion, runKey);
        int count = count(in);
        for (int i = 0; i < count; i++) {
            String path = readString(in);
            byte[] hash = new byte[count(in)];
            in.get(hash);
            FileStamp stamp = new FileStamp(in.getLong(), in.getLong());
            boolean mayHoldComments = in.get() != 0;
            int findingCount = count(in);
            List<Finding> findings = new ArrayList<>();
            for (int j = 0; j < findingCount; j++) {
                findings.add(new Finding(path, in.getInt(), in.getInt(), in.getInt(), in.getInt(), readString(in),
                        Severity.valueOf(readString(in)), readString(in), readString(in), readString(in),
                        readString(in), readFix(in)));
            }
            entries.put(path, new Entry(hash, stamp, mayHoldComments, List.copyOf(findings)));
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("unexpected bytes after the last entry");
        }
    }

    /** The file without its checksum, when the checksum matches the rest. */
    private static ByteBuffer verified(ByteBuffer whole) {
        if (whole.remaining() < CHECKSUM_LENGTH) {
            throw new IllegalArgumentException("no checksum");
        }
        int end = whole.limit() - CHECKSUM_LENGTH;
        MessageDigest digest = checksum();
        digest.update(whole.duplicate().limit(end));
        byte[] stored = new byte[CHECKSUM_LENGTH];
        whole.duplicate().position(end).get(stored);
        if (!MessageDigest.isEqual(digest.digest(), stored)) {
            throw new IllegalArgumentException("its checksum does not match its content");
        }
        return whole.duplicate().limit(end);
    }

    private static MessageDigest checksum() {
        try {
            return MessageDigest.getInstance(CHECKSUM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + CHECKSUM, e);
        }
    }

    /** Reads the header of a cache file written under {@code runKey}, else throws {@link Stale}. */
    private static void readHeader(ByteBuffer in, String pluginVersion, String runKey) throws Stale {
        if (!startsWithMagic(in)) {
            throw new Stale("it is not a copydesk cache file");
        }
        readString(in);
        int format = in.getInt();
        String writtenBy = readString(in);
        if (format != FORMAT || !writtenBy.equals(pluginVersion)) {
            throw new Stale("it was written by copydesk " + writtenBy + ", this is " + pluginVersion);
        }
        if (!runKey.equals(readString(in))) {
            throw new Stale("the rules, the settings or the libraries that decide findings have changed since it was"
                    + " written");
        }
    }

    /** Whether the file opens as {@link #write} opens one, before anything in it is read as a length. */
    private static boolean startsWithMagic(ByteBuffer in) {
        byte[] magic = MAGIC.getBytes(StandardCharsets.UTF_8);
        if (in.remaining() < Integer.BYTES + magic.length || in.getInt(0) != magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (in.get(Integer.BYTES + i) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Fix> readFix(ByteBuffer in) {
        if (in.get() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Fix(in.getInt(), in.getInt(), readString(in)));
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        byte[] bytes = new byte[count(in)];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A count or length; one larger than the bytes left is damage, and must not become a huge allocation. */
    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("a length of " + count + " where " + in.remaining() + " bytes are left");
        }
        return count;
    }

    /** The cache file belongs to another version or configuration: its entries say nothing about this run. */
    private static final class Stale extends Exception {
        Stale(String reason) {
            super(reason, null, false, false);
        }
    }
}
