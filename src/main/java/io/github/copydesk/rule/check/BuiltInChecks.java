package io.github.copydesk.rule.check;

import io.github.copydesk.rule.CheckType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The check types a rule file can name in {@code check:}. */
public final class BuiltInChecks {
    private static final List<CheckType> TYPES = List.of(PromoLinkCheck.TYPE, SourceLineCheck.TYPE,
            QuoteAttributionCheck.TYPE, PhotoCreditCheck.TYPE, DateConsistencyCheck.TYPE, ExistenceCheck.TYPE,
            SubstitutionCheck.TYPE, OccurrenceCheck.TYPE, ConditionalCheck.TYPE, ConsistencyCheck.TYPE,
            MetricCheck.TYPE);

    private BuiltInChecks() {
    }

    /** By name, in a stable order. */
    public static Map<String, CheckType> byName() {
        Map<String, CheckType> byName = new LinkedHashMap<>();
        TYPES.forEach(type -> byName.put(type.name(), type));
        return byName;
    }
}
