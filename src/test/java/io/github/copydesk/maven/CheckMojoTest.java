package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
@Basedir("/unit/check")
class CheckMojoTest {

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    void readsItsConfigurationAndDefaults(CheckMojo mojo) {
        assertThat(mojo.articleDirectories).singleElement().extracting(File::getName).isEqualTo("content");
        assertThat(mojo.threads).isEqualTo(2);
        assertThat(mojo.failOnViolation).isTrue();
        assertThat(mojo.violationSeverity).isEqualTo("error");
        assertThat(mojo.maxAllowedViolations).isZero();
        assertThat(mojo.logViolationsToConsole).isTrue();
        assertThat(mojo.maxFileSize).isEqualTo(10L * 1024 * 1024);
        assertThat(mojo.includes).containsExactly("**/*.txt", "**/*.md", "**/*.markdown", "**/*.html", "**/*.htm");
        assertThat(mojo.outputFormats).isEqualTo("console");
        assertThat(mojo.outputDirectory.getPath().replace(File.separatorChar, '/')).endsWith("/unit/check/target/copydesk");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "outputFormats", value = "json,html")
    void writesTheReportsBeforeTheBuildFails(CheckMojo mojo, @TempDir Path reports) throws IOException {
        mojo.outputDirectory = reports.toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        try (var files = Files.list(reports)) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly("copydesk.html", "copydesk.json");
        }
        JsonNode json = new ObjectMapper().readTree(reports.resolve("copydesk.json").toFile());
        assertThat(json.get("filesChecked").asInt()).isEqualTo(2);
        assertThat(json.get("findings")).hasSize(1);
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("path").asText() + ":" + finding.get("line").asInt() + ":" + finding.get("rule").asText())
                .isEqualTo("content/harbour-ferry.txt:13:promo-link");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "outputFormats", value = "json,pdf")
    void anUnknownFormatIsAConfigurationErrorNamingTheValidOnes(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("outputFormats: unknown format 'pdf'; use any of console, json, checkstyle, sarif, junit,"
                        + " github, html, codequality");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    void failsOnTheLeftoverPromoBlock(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("You have 1 copydesk violation.");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void toleratesViolationsUpToTheLimit(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void reportsWithoutFailingWhenAskedTo(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "severities", value = "promo-link=warning")
    void aViolationBelowTheFailingLevelDoesNotFail(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "severities", value = "promo-link=warning")
    @MojoParameter(name = "violationSeverity", value = "warning")
    void theFailingLevelCanBeLowered(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "disabledRules", value = "promo-link")
    void disabledRulesDoNotRun(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "outputFormats", value = "json")
    @MojoParameter(name = "failOnViolation", value = "false")
    void theShardsOfARunCheckEachArticleOnceAndSayWhichShardTheyAre(CheckMojo mojo, @TempDir Path reports)
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (String shard : List.of("1/2", "2/2")) {
            mojo.shard = shard;
            mojo.outputDirectory = reports.resolve(shard.replace('/', '-')).toFile();
            mojo.execute();
            JsonNode json = new ObjectMapper().readTree(reports.resolve(shard.replace('/', '-') + "/copydesk.json").toFile());
            assertThat(json.get("shard").asText()).isEqualTo(shard);
            assertThat(json.get("filesChecked").asInt()).isEqualTo(json.get("files").size());
            json.get("files").forEach(file -> checked.add(file.asText()));
        }
        assertThat(checked).containsExactlyInAnyOrder("content/clean.txt", "content/harbour-ferry.txt");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "shard", value = "9/8")
    void aShardBeyondItsCountIsAConfigurationErrorGivingTheForm(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("shard: '9/8' is not a shard; write i/n, shard i of n, with 1 <= i <= n (e.g. 2/8)");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(CheckMojo mojo) {
        mojo.articleDirectories = List.of(new File("does-not-matter"));
        mojo.violationSeverity = "not even a level";
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "violationSeverity", value = "fatal")
    void anUnknownLevelIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("violationSeverity: unknown level 'fatal'");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "disabledRules", value = "promo-links")
    void aRuleProblemIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("disabledRules: unknown rule 'promo-links' (did you mean 'promo-link'?)");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "encoding", value = "no-such-charset")
    void anUnknownEncodingIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("encoding: unknown character set 'no-such-charset'");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "baselineFile", value = "no-such-baseline.json")
    void aConfiguredBaselineThatIsMissingIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("no-such-baseline.json: the baseline file does not exist"
                        + " (run copydesk:baseline to write it, or leave baselineFile unset)");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "baselineFile", value = "broken-baseline.json")
    void aMalformedBaselineIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("broken-baseline.json:2:1: malformed baseline JSON: ");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "suppressionsFile", value = "no-such-suppressions.yml")
    void aConfiguredSuppressionsFileThatIsMissingIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageEndingWith("no-such-suppressions.yml: the suppressions file does not exist");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aMisspeltArticleDirectoryIsAConfigurationErrorNamingTheNearestFolder(CheckMojo mojo) {
        mojo.articleDirectories = List.of(new File("contnet"));
        Path base = mojo.baseDirectory();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("articleDirectories: " + base.resolve("contnet") + " does not exist (did you mean "
                        + base.resolve("content") + "?)");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anArticleDirectoryThatIsAFileIsAConfigurationError(CheckMojo mojo) {
        mojo.articleDirectories = List.of(new File("content"), new File("pom.xml"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("articleDirectories: " + mojo.baseDirectory().resolve("pom.xml") + " is a file, not a folder");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = "**/*.rtf")
    void configuredFoldersThatHoldNoArticleFailTheBuild(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("copydesk found no articles to check: no file in [")
                .hasMessageEndingWith(" matches [**/*.rtf] (set failOnNoFiles=false to allow this)");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = "**/*.rtf")
    @MojoParameter(name = "failOnNoFiles", value = "false")
    void failOnNoFilesFalseLetsAnEmptySelectionPass(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = "**/*.rtf")
    void theAbsentDefaultFolderOnlyWarns(CheckMojo mojo) {
        mojo.articleDirectories = null;

        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "files", value = "content/clean.txt,,content/harbour-ferry.txt,")
    @MojoParameter(name = "articleDirectories", value = ",content,")
    @MojoParameter(name = "ruleDirectories", value = ",")
    @MojoParameter(name = "includes", value = "**/*.txt,,")
    @MojoParameter(name = "excludes", value = ",")
    @MojoParameter(name = "disabledRules", value = "source-line,,")
    @MojoParameter(name = "outputFormats", value = ",console,")
    @MojoParameter(name = "severities", value = ",promo-link=warning,,")
    void emptyItemsInListParametersAreIgnored(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = ",")
    @MojoParameter(name = "disabledRules", value = ",")
    void aListOfNothingIsAsIfUnset(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("You have 1 copydesk violation.");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxFileSize", value = "-1")
    void aNegativeSizeLimitIsAConfigurationErrorWithTheValidRange(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("maxFileSize: -1 is not a size; use a number of bytes from 1 to 9223372036854775807");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "threads", value = "-3")
    void aNegativeThreadCountIsAConfigurationErrorWithTheValidRange(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("threads: -3 is not a thread count; use 0 (one per processor core) or a number from 1 to"
                        + " 2147483647");
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkRemovesTheTemporaryFilesAnInterruptedFixLeft(CheckMojo mojo, @TempDir Path content) throws Exception {
        Path article = content.resolve("clean.txt");
        Files.copy(mojo.baseDirectory().resolve("content/clean.txt"), article);
        Path stray = content.resolve(".clean.txt.0b5c9a4e-6a2f-4a59-9f5e-2d8e3c1b7a90.tmp");
        Files.writeString(stray, "half-written");
        Files.setLastModifiedTime(stray, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        mojo.articleDirectories = List.of(content.toFile());

        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(stray).doesNotExist();
        assertThat(article).exists();
    }
}
