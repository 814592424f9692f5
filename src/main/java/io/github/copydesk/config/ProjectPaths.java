package io.github.copydesk.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves a path parameter against the base directory. Without a project, a default written as
 * {@code ${project.build.directory}/copydesk} reaches the goal as it is written, unresolved; here
 * the project's folder is the base directory and its build directory {@code target} in it, so
 * that such a default lands in the working directory instead of a folder named after the
 * expression.
 */
public final class ProjectPaths {
    private static final String BUILD_DIRECTORY = "target";

    private ProjectPaths() {
    }

    /**
     * {@code path} resolved against {@code base}, with a project expression it still holds
     * replaced. What precedes the expression is dropped: it is the folder the path was made
     * absolute against, since the expression was taken for a relative name.
     */
    public static Path resolve(Path base, String path) {
        Map<String, Path> expressions = Map.of(
                "${project.build.directory}", base.resolve(BUILD_DIRECTORY),
                "${project.basedir}", base,
                "${basedir}", base);
        for (Map.Entry<String, Path> expression : expressions.entrySet()) {
            int at = path.lastIndexOf(expression.getKey());
            if (at >= 0) {
                String rest = path.substring(at + expression.getKey().length()).replaceFirst("^[/\\\\]+", "");
                return expression.getValue().resolve(rest).normalize();
            }
        }
        return base.resolve(path).normalize();
    }
}
