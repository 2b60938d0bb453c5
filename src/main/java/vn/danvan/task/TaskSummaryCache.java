package vn.danvan.task;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.persistence.ChangeStamper;
import vn.danvan.platform.persistence.ChangeVersions;
import vn.danvan.api.model.TaskSummary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Summaries already computed on this instance, reused only while the data they were computed from is
 * unchanged. Every write to a task or an organisation (on any instance) takes a higher change
 * sequence number, committed in order, so the pair of highest numbers read before computing is a
 * version of the data: when it is still the same, nothing the summary depends on has changed, and the
 * stored answer is exactly what the query would give. The key holds the scope, the filters and the
 * local date (overdue changes at midnight).
 */
@ApplicationScoped
class TaskSummaryCache {

    private static final int MAX_ENTRIES = 512;

    private record Entry(String dataVersion, ComputedSummary summary) {
    }

    private final Map<String, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    private final ChangeStamper stamper;
    private final ChangeVersions versions;

    TaskSummaryCache(ChangeStamper stamper, ChangeVersions versions) {
        this.stamper = stamper;
        this.versions = versions;
    }

    ComputedSummary get(String key, Supplier<TaskSummary> compute) {
        String version = dataVersion();
        Entry entry = entries.get(key);
        if (entry != null && entry.dataVersion().equals(version)) {
            return entry.summary();
        }
        ComputedSummary summary = new ComputedSummary(compute.get());
        if (!stamper.stampedInCurrentTransaction()) {
            entries.put(key, new Entry(version, summary));
        }
        return summary;
    }

    /** Two index look-ups in one statement: the highest change numbers of tasks and of organisations. */
    private String dataVersion() {
        long[] highest = versions.highest(ChangeVersions.Table.TASK, ChangeVersions.Table.ORGANIZATION);
        return highest[0] + "/" + highest[1];
    }
}
