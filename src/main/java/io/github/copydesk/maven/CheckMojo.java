package io.github.copydesk.maven;

import io.github.copydesk.config.ProjectPaths;
import io.github.copydesk.engine.CacheStrategy;
import io.github.copydesk.engine.LintRequest;
import io.github.copydesk.engine.LintResult;
import io.github.copydesk.engine.Linter;
import io.github.copydesk.report.Report;
import io.github.copydesk.report.ReportFormat;
import io.github.copydesk.report.ToolVersion;
import io.github.copydesk.rule.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks articles against the editorial rules and fails the build on violations. Runs in a
 * project or, without a pom, on the working directory or on the files named in
 * {@code copydesk.files}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractReportingMojo {

    /**
     * Where findings are kept between runs, so that unchanged articles are not checked again.
     * Default: {@code copydesk-cache} in the build directory ({@code target}) of a project; no
     * cache without a pom, unless one is named here.
     */
    @Parameter(property = "copydesk.cacheFile")
    File cacheFile;

    /**
     * How the cache tells an unchanged article: {@code content} reads every article and checks
     * again only those whose bytes changed; {@code metadata} does not even read an article whose
     * size and modification time are those of the last run, which is faster on a large archive and
     * misses an edit that keeps both.
     */
    @Parameter(property = "copydesk.cacheStrategy", defaultValue = "content")
    String cacheStrategy;

    /** The plugin as the build resolved it, with the libraries it runs with. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Override
    protected Linter linter() {
        Optional<Path> file = cacheFile();
        return file.isEmpty() ? super.linter()
                : super.linter().cachingIn(file.get(), ToolVersion.current(), libraries())
                        .tellingUnchangedBy(CacheStrategy.named(cacheStrategy).orElse(CacheStrategy.CONTENT));
    }

    /**
     * The coordinates of the artifacts the plugin runs with: a build can give it other versions of
     * its libraries, and the cache must not keep the findings of the ones before.
     */
    List<String> libraries() {
        if (plugin == null || plugin.getArtifacts() == null) {
            return List.of();
        }
        return plugin.getArtifacts().stream().map(Artifact::getId).toList();
    }

    private Optional<Path> cacheFile() {
        if (cacheFile != null) {
            return Optional.of(ProjectPaths.resolve(baseDirectory(), cacheFile.getPath()));
        }
        if (runsWithoutPom() || project.getBuild() == null || project.getBuild().getDirectory() == null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(project.getBuild().getDirectory(), "copydesk-cache"));
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (cacheStrategy != null && CacheStrategy.named(cacheStrategy).isEmpty()) {
            throw new MojoExecutionException("cacheStrategy: unknown strategy '" + cacheStrategy + "'; use one of "
                    + CacheStrategy.ids());
        }
        Severity threshold = threshold();
        Set<ReportFormat> formats = formats();
        Path base = baseDirectory();
        LintRequest request = lintRequest(base).withBaseline(baseline(base));
        removeStrayTemporaries(request);
        LintResult result = lint(request);
        report(Report.of(request, result, ToolVersion.current(), threshold).ofShard(shard()), result, formats, base);
    }
}
