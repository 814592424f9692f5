package io.github.copydesk.maven;

import io.github.copydesk.article.DisplayPath;
import io.github.copydesk.config.Baseline;
import io.github.copydesk.config.BaselineFile;
import io.github.copydesk.config.ConfigurationFileException;
import io.github.copydesk.config.ProjectPaths;
import io.github.copydesk.config.RuleConfigurationException;
import io.github.copydesk.config.RuleSet;
import io.github.copydesk.config.RuleSetLoader;
import io.github.copydesk.config.RuleSettings;
import io.github.copydesk.config.SuppressionsFile;
import io.github.copydesk.engine.FileSelection;
import io.github.copydesk.engine.GitChanges;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Linter;
import io.github.copydesk.engine.Shard;
import io.github.copydesk.engine.StrayTemporaries;
import io.github.copydesk.rule.Rule;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every copydesk goal shares (which articles, which rules, how to read them) and
 * the one place where they become an engine request and engine exceptions become Maven ones.
 */
abstract class AbstractCopydeskMojo extends AbstractMojo {
    /** The baseline file's name in the base directory when {@code baselineFile} is not set. */
    static final String DEFAULT_BASELINE_FILE = "copydesk-baseline.json";

    /** Skips the goal. */
    @Parameter(property = "copydesk.skip", defaultValue = "false")
    boolean skip;

    /** When the goal started: a temporary file older than this cannot be one this run is writing. */
    private Instant started = Instant.now();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        started = Instant.now();
        if (skip) {
            getLog().info("copydesk is skipped.");
            return;
        }
        Optional<String> limits = LintRequest.limitsProblem(maxFileSize, threads);
        if (limits.isPresent()) {
            throw new MojoExecutionException(limits.get());
        }
        shard();
        run();
    }

    /** What the goal does when it is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Folders searched for articles. Default: {@code content} in a project, the working
     * directory without a pom.
     */
    @Parameter(property = "copydesk.articleDirectories")
    List<File> articleDirectories;

    /**
     * Glob patterns, relative to each article directory, of the files to check. Default: wire text
     * ({@code .txt}), Markdown ({@code .md}, {@code .markdown}) and HTML ({@code .html}, {@code .htm})
     * at any depth.
     */
    @Parameter(property = "copydesk.includes", defaultValue = FileSelection.DEFAULT_INCLUDE_PATTERNS)
    List<String> includes;

    /** Glob patterns, relative to each article directory, of files to leave out. */
    @Parameter(property = "copydesk.excludes")
    List<String> excludes;

    /**
     * Files (or folders) to check instead of the article directories, e.g. one article before
     * it is published. Relative paths are resolved against the base directory.
     */
    @Parameter(property = "copydesk.files")
    List<File> files;

    /** Encoding of the article files. */
    @Parameter(property = "copydesk.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** Largest file, in bytes, that is checked; a larger one is reported as a {@code copydesk-input} finding. */
    @Parameter(property = "copydesk.maxFileSize", defaultValue = "" + LintRequest.DEFAULT_MAX_FILE_SIZE)
    long maxFileSize;

    /** Folders of the newsroom's own rule files ({@code *.yml}), added to the built-in pack. */
    @Parameter(property = "copydesk.ruleDirectories")
    List<File> ruleDirectories;

    /**
     * Further rule files, each a folder of rule files, one rule file, or {@code classpath:} and a
     * folder or file among the resources of a jar added to the plugin's {@code <dependencies>} (a
     * rule pack shared as an artifact). A relative path is looked for in the project's folder, then
     * in its parent projects' folders, nearest first. Each must be found.
     */
    @Parameter(property = "copydesk.ruleLocations")
    List<String> ruleLocations;

    /** Ids of rules to switch off. */
    @Parameter(property = "copydesk.disabledRules")
    List<String> disabledRules;

    /** Levels to give rules instead of their own: {@code rule-id=level} pairs, comma separated. */
    @Parameter(property = "copydesk.severities")
    String severities;

    /**
     * Check only the articles git reports as changed (added, copied, modified, renamed) since this
     * ref, e.g. {@code origin/main} in a pull request's CI job: compared is the merge base of the
     * ref and {@code HEAD} with the working tree, so uncommitted edits count and the target
     * branch's own changes do not. Within the selected articles; deleted files are ignored.
     */
    @Parameter(property = "copydesk.changedSince")
    String changedSince;

    /**
     * The suppressions file (YAML): entries with a {@code path} glob, a {@code rule}, an optional
     * {@code text}, a {@code reason} and an optional {@code expires} date. Relative to the base
     * directory. When set, it must exist.
     */
    @Parameter(property = "copydesk.suppressionsFile")
    File suppressionsFile;

    /**
     * The baseline file (JSON) that {@code copydesk:baseline} writes and {@code copydesk:check}
     * reads: findings accepted for now, which neither show nor fail the build. Default
     * {@code copydesk-baseline.json} in the base directory, which {@code check} reads only when it
     * exists; a file set here must exist.
     */
    @Parameter(property = "copydesk.baselineFile")
    File baselineFile;

    /**
     * Whether a run that selects no article at all fails the build. Default: {@code true} when
     * {@code articleDirectories} or {@code files} are configured, {@code false} otherwise (the
     * default {@code content} folder may be absent).
     */
    @Parameter(property = "copydesk.failOnNoFiles")
    Boolean failOnNoFiles;

    /**
     * Check only this share of the selected articles, {@code i/n} (e.g. {@code 2/8}): the run is
     * shard {@code i} of {@code n}, for a CI matrix of {@code n} jobs whose JSON reports
     * {@code copydesk:merge} puts back together. An article's shard depends only on its path
     * relative to the base directory, so the {@code n} shards cover every article exactly once.
     */
    @Parameter(property = "copydesk.shard")
    String shard;

    /** Threads that check files; 0 means one per processor core. */
    @Parameter(property = "copydesk.threads", defaultValue = "0")
    int threads;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Loads the rules: the built-in pack, the user's rule folders, disabled rules and levels. */
    protected RuleSet loadRules(Path base) throws MojoExecutionException {
        return loadRules(base, true);
    }

    /**
     * Loads the rules; with {@code runExamples} false a failing example does not stop the load,
     * for a goal that runs and reports the examples itself.
     */
    protected RuleSet loadRules(Path base, boolean runExamples) throws MojoExecutionException {
        RuleSettings settings = new RuleSettings(base, paths(ruleDirectories, base), items(ruleLocations),
                ancestorDirectories(), items(disabledRules), severities);
        try {
            RuleSetLoader loader = new RuleSetLoader();
            return runExamples ? loader.load(settings, this::examplesPassedBefore)
                    : loader.loadWithoutRunningExamples(settings);
        } catch (RuleConfigurationException e) {
            throw new MojoExecutionException("Invalid copydesk rules:" + System.lineSeparator() + e.getMessage(), e);
        }
    }

    /**
     * Whether the linter's cache was written under these rules: the run that wrote it ran their
     * examples, and rule files and plugin code are both in the cache's key. Running them again
     * took about a sixth of a one-article check's goal time.
     */
    private boolean examplesPassedBefore(RuleSet rules) {
        Charset charset;
        try {
            charset = charset();
        } catch (MojoExecutionException e) {
            return false; // reported when the request is built
        }
        boolean passed = linter().cacheWrittenUnder(rules, charset, maxFileSize);
        if (passed) {
            getLog().debug("copydesk did not run the rules' examples: the cache was written by these rules,"
                    + " whose examples passed then");
        }
        return passed;
    }

    /**
     * The article files the parameters select, only those git reports as changed when
     * {@code changedSince} is set, and of those only the shard's when {@code shard} is set; warns
     * when the parameters select none.
     */
    protected List<Path> selectArticles(Path base) throws MojoExecutionException {
        FileSelection selection = new FileSelection(directories(base), items(includes), items(excludes),
                paths(files, base));
        try {
            List<Path> selected = selection.select();
            if (selected.isEmpty()) {
                String none = "copydesk found no articles to check: " + (selection.files().isEmpty()
                        ? "no file in " + selection.directories() + " matches " + selection.includes()
                        : "no file in " + selection.files() + " matches " + selection.includes());
                if (failsOnNoFiles()) {
                    throw new MojoExecutionException(none + " (set failOnNoFiles=false to allow this)");
                }
                getLog().warn(none);
            }
            if (changedSince != null && !changedSince.isBlank()) {
                selected = changedArticles(base, selected);
            }
            Optional<Shard> share = shard();
            if (share.isPresent()) {
                List<Path> held = share.get().select(base, selected);
                getLog().info("copydesk: shard " + share.get() + " checks " + held.size() + " of " + selected.size()
                        + (selected.size() == 1 ? " article" : " articles"));
                return held;
            }
            return selected;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the articles to check: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The shard this run checks, none for the whole selection. */
    protected Optional<Shard> shard() throws MojoExecutionException {
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private boolean failsOnNoFiles() {
        if (failOnNoFiles != null) {
            return failOnNoFiles;
        }
        return !paths(articleDirectories, Path.of("")).isEmpty() || !paths(files, Path.of("")).isEmpty();
    }

    private List<Path> changedArticles(Path base, List<Path> selected) throws IOException, MojoExecutionException {
        Set<Path> changed;
        try {
            changed = Set.copyOf(GitChanges.since(changedSince.strip(), base));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("copydesk was interrupted", e);
        }
        // Real paths on both sides: git names files under the work tree's real path, which a symlinked base hides.
        Set<Path> real = new HashSet<>();
        for (Path path : changed) {
            real.add(realPath(path));
        }
        List<Path> articles = selected.stream().filter(article -> real.contains(realPath(article))).toList();
        getLog().info("copydesk: " + articles.size() + (articles.size() == 1 ? " article" : " articles")
                + " changed since " + changedSince.strip());
        return articles;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The request for {@code articles} checked against {@code rules}, with the reading parameters
     * and the suppressions file.
     */
    protected LintRequest lintRequest(Path base, List<Path> articles, RuleSet rules) throws MojoExecutionException {
        LintRequest request = new LintRequest(base, articles, charset(), maxFileSize, rules, threads);
        if (suppressionsFile == null) {
            return request;
        }
        Path file = ProjectPaths.resolve(base, suppressionsFile.getPath());
        List<String> ruleIds = rules.rules().stream().map(Rule::id).toList();
        try {
            return request.withSuppressions(SuppressionsFile.read(file, DisplayPath.of(base, file), ruleIds),
                    LocalDate.now());
        } catch (ConfigurationFileException e) {
            throw new MojoExecutionException("Invalid copydesk suppressions file:" + System.lineSeparator()
                    + e.getMessage(), e);
        }
    }

    /** The baseline file: the one configured, else {@link #DEFAULT_BASELINE_FILE} in the base directory. */
    protected Path baselinePath(Path base) {
        return ProjectPaths.resolve(base, baselineFile == null ? DEFAULT_BASELINE_FILE : baselineFile.getPath());
    }

    /** Whether {@code baselineFile} was set, so that a missing file is an error rather than no baseline. */
    protected boolean baselineConfigured() {
        return baselineFile != null;
    }

    /**
     * The request for the selected articles against the configured rules. The article folders are
     * walked on a thread of their own while the rules load and run their examples, since the walk
     * mostly waits on the file system; on a warm run the two were a third of the goal's time. A
     * selection error is still reported before a rule error, as when one ran after the other.
     */
    protected LintRequest lintRequest(Path base) throws MojoExecutionException {
        FutureTask<List<Path>> selection = new FutureTask<>(() -> selectArticles(base));
        Thread walk = new Thread(selection, "copydesk-article-selection");
        walk.setDaemon(true);
        walk.start();
        RuleSet rules = null;
        MojoExecutionException rulesError = null;
        try {
            rules = loadRules(base);
        } catch (MojoExecutionException e) {
            rulesError = e;
        }
        List<Path> articles = selected(selection);
        if (rulesError != null) {
            throw rulesError;
        }
        return lintRequest(base, articles, rules);
    }

    private static List<Path> selected(FutureTask<List<Path>> selection) throws MojoExecutionException {
        try {
            return selection.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("copydesk was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MojoExecutionException selectionError) {
                throw selectionError;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Removes the temporary files an interrupted {@code fix} left beside the articles of
     * {@code request}, and says how many.
     */
    protected void removeStrayTemporaries(LintRequest request) {
        int removed = StrayTemporaries.removeBeside(request.files(), started);
        if (removed > 0) {
            getLog().info("copydesk removed " + removed + (removed == 1 ? " temporary file" : " temporary files")
                    + " (.<name>.<id>.tmp) that an interrupted copydesk:fix left beside the articles.");
        }
    }

    protected LintResult lint(LintRequest request) throws MojoExecutionException {
        try {
            return linter().lint(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("copydesk was interrupted", e);
        }
    }

    /** The engine, telling Maven's log how a long run goes. */
    protected Linter linter() {
        return new Linter().reportingTo(new LogListener(getLog()), Linter.PROGRESS_INTERVAL);
    }

    /** The project's folder, or the working directory when Maven runs without a pom. */
    protected Path baseDirectory() {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir().toPath();
        }
        return Path.of("").toAbsolutePath();
    }

    protected boolean runsWithoutPom() {
        return project == null || project.getFile() == null;
    }

    /**
     * The configured article directories, each of which must be a folder, or the default one,
     * which may be absent.
     */
    private List<Path> directories(Path base) throws MojoExecutionException {
        List<Path> directories = paths(articleDirectories, base);
        if (directories.isEmpty()) {
            return List.of(runsWithoutPom() ? base : base.resolve("content"));
        }
        List<String> problems = directories.stream().map(FileSelection::directoryProblem).flatMap(Optional::stream)
                .map(problem -> "articleDirectories: " + problem).toList();
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(String.join(System.lineSeparator(), problems));
        }
        return directories;
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("encoding: unknown character set '" + encoding + "'");
        }
    }

    /**
     * The list's paths resolved against {@code base}, without the empty items a trailing or doubled
     * comma on the command line gives ({@code a.txt,} or {@code a,,b}).
     */
    protected static List<Path> paths(List<File> files, Path base) {
        return Optional.ofNullable(files).orElse(List.of()).stream()
                .filter(file -> file != null && !file.getPath().isBlank())
                .map(file -> ProjectPaths.resolve(base, file.getPath())).toList();
    }

    /**
     * The baseline that applies: the configured file, which must exist, or the default file when
     * it exists. Malformed is an error either way.
     */
    protected Optional<Baseline> baseline(Path base) throws MojoExecutionException {
        Path file = baselinePath(base);
        if (!baselineConfigured() && !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file, DisplayPath.of(base, file)));
        } catch (ConfigurationFileException e) {
            throw new MojoExecutionException("Invalid copydesk baseline:" + System.lineSeparator() + e.getMessage(), e);
        }
    }

    /** The level {@code violationSeverity} names, the lowest that counts as a violation. */
    protected static Severity threshold(String violationSeverity) throws MojoExecutionException {
        return Severity.parse(violationSeverity).orElseThrow(() -> new MojoExecutionException(
                "violationSeverity: unknown level '" + violationSeverity + "'; use one of " + Severity.ids()));
    }

    /** The folders of the parent projects, nearest first. */
    private List<Path> ancestorDirectories() {
        List<Path> folders = new ArrayList<>();
        for (MavenProject parent = project == null ? null : project.getParent(); parent != null;
                parent = parent.getParent()) {
            if (parent.getBasedir() != null) {
                folders.add(parent.getBasedir().toPath());
            }
        }
        return folders;
    }

    /** The list's items stripped, without empty ones; none when the list is unset. */
    protected static List<String> items(List<String> list) {
        return Optional.ofNullable(list).orElse(List.of()).stream()
                .filter(item -> item != null && !item.isBlank()).map(String::strip).toList();
    }
}
