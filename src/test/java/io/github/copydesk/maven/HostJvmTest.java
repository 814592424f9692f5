package io.github.copydesk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A goal runs inside Maven's JVM, which other plugins, a Maven daemon or an IDE go on using: it
 * must leave the JVM's compiler directives, flags and system properties as it found them.
 */
@MojoTest
@Basedir("/unit/check")
class HostJvmTest {
    private static final ObjectName DIAGNOSTIC_COMMAND = diagnosticCommand();

    /** What a goal could change in the JVM and can be read back. */
    private record JvmState(String compilerDirectives, String vmFlags, Map<String, String> manageableFlags,
            Map<String, String> systemProperties) {
        static JvmState now() throws Exception {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return new JvmState(run(server, "compilerDirectivesPrint"), run(server, "vmFlags", "-all"),
                    hotSpot.getDiagnosticOptions().stream()
                            .collect(Collectors.toMap(VMOption::getName, VMOption::getValue, (a, b) -> b, TreeMap::new)),
                    System.getProperties().stringPropertyNames().stream()
                            .collect(Collectors.toMap(name -> name, System::getProperty, (a, b) -> b, TreeMap::new)));
        }

        private static String run(MBeanServer server, String command, String... arguments) throws Exception {
            return String.valueOf(server.invoke(DIAGNOSTIC_COMMAND, command, new Object[] {arguments},
                    new String[] {String[].class.getName()}));
        }
    }

    private static ObjectName diagnosticCommand() {
        try {
            return new ObjectName("com.sun.management:type=DiagnosticCommand");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assumeHotSpotDiagnosticCommand() {
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(DIAGNOSTIC_COMMAND),
                "this JVM has no HotSpot diagnostic command to read its compiler directives and flags with");
    }

    private static void assertUnchanged(JvmState before, JvmState after) {
        assertThat(after.compilerDirectives()).as("compiler directives").isEqualTo(before.compilerDirectives());
        assertThat(after.vmFlags()).as("JVM flags").isEqualTo(before.vmFlags());
        assertThat(after.manageableFlags()).as("manageable JVM flags").isEqualTo(before.manageableFlags());
        assertThat(after.systemProperties()).as("system properties").isEqualTo(before.systemProperties());
    }

    @Test
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "outputFormats", value = "json,checkstyle,sarif,junit,html")
    void checkLeavesTheJvmAsItFoundIt(CheckMojo mojo, @TempDir Path work) throws Exception {
        assumeHotSpotDiagnosticCommand();
        mojo.cacheFile = work.resolve("copydesk-cache").toFile();
        mojo.outputDirectory = work.resolve("reports").toFile();
        mojo.setLog(new SystemStreamLog());
        JvmState before = JvmState.now();

        mojo.execute();
        mojo.execute();

        assertUnchanged(before, JvmState.now());
    }

    @Test
    @InjectMojo(goal = "fix", pom = "pom.xml")
    @MojoParameter(name = "dryRun", value = "true")
    void fixLeavesTheJvmAsItFoundIt(FixMojo mojo) throws Exception {
        assumeHotSpotDiagnosticCommand();
        JvmState before = JvmState.now();

        mojo.execute();

        assertUnchanged(before, JvmState.now());
    }
}
