package io.github.copydesk.config;

import io.github.copydesk.rule.CheckProvider;
import io.github.copydesk.rule.CheckType;
import io.github.copydesk.rule.check.BuiltInChecks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The check types rule files can name: the built-in ones, then those of every {@link CheckProvider}
 * on the class path, each with the identity of the code behind it, which goes into the rule set's
 * fingerprint so that a rebuilt check jar is not served findings cached under the old one.
 */
record CheckTypes(Map<String, CheckType> byName, Map<String, String> codeIdentities) {

    /** The built-in types and the providers' found by {@code loader}; what is wrong goes to {@code problems}. */
    static CheckTypes discovered(ClassLoader loader, List<String> problems) {
        Map<String, CheckType> byName = new LinkedHashMap<>(BuiltInChecks.byName());
        Map<String, String> codeIdentities = new LinkedHashMap<>();
        Map<String, String> providers = new LinkedHashMap<>();
        try {
            for (CheckProvider provider : ServiceLoader.load(CheckProvider.class, loader)) {
                String providerName = provider.getClass().getName();
                for (CheckType type : provider.checkTypes()) {
                    if (byName.containsKey(type.name())) {
                        String earlier = providers.getOrDefault(type.name(), "the built-in checks");
                        problems.add("check provider " + providerName + ": check '" + type.name()
                                + "' is already defined by " + earlier);
                        continue;
                    }
                    byName.put(type.name(), type);
                    providers.put(type.name(), providerName);
                    codeIdentities.put(type.name(), providerName + " " + JarDigest.of(provider.getClass()));
                }
            }
        } catch (ServiceConfigurationError | RuntimeException e) {
            problems.add("a check provider on the plugin's classpath cannot be loaded: " + e.getMessage());
        }
        return new CheckTypes(byName, codeIdentities);
    }
}
