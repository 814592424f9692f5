package io.github.copydesk.rule;

import java.util.List;

/**
 * Check types from outside copydesk. A jar on the plugin's classpath (a {@code <dependency>} of
 * the plugin in the newsroom's pom) names its providers in
 * {@code META-INF/services/io.github.copydesk.rule.CheckProvider}; the newsroom's rule files then
 * name its checks in {@code check:} as they name the built-in ones, with options, examples and
 * levels of their own.
 */
public interface CheckProvider {
    /** The check types this jar adds; each name must be new (no built-in check's, no other jar's). */
    List<CheckType> checkTypes();
}
