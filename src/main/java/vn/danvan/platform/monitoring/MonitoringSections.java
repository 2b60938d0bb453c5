package vn.danvan.platform.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.danvan.platform.persistence.ChangeStamper;
import vn.danvan.platform.persistence.ChangeVersions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link MonitoringSection} of the service, computed for a window in their order. A summary is asked for page
 * after page and by many monitors at once, while the data it counts changes far less often: each section's figures are
 * kept on this instance for a scope, period and day, and reused while the change counter has not moved (no write
 * anywhere since, on any instance), so that a kept answer is exactly what the queries would give.
 */
@ApplicationScoped
public class MonitoringSections {

    private static final int MAX_ENTRIES = 1024;

    private record Entry(long dataVersion, Optional<MonitoringFigures> figures) {
    }

    private final List<MonitoringSection> sections;
    private final ChangeVersions versions;
    private final ChangeStamper stamper;
    private final Map<String, Entry> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    MonitoringSections(Instance<MonitoringSection> sections, ChangeVersions versions, ChangeStamper stamper) {
        List<MonitoringSection> all = new ArrayList<>();
        sections.forEach(all::add);
        all.sort(Comparator.comparingInt(MonitoringSection::order).thenComparing(MonitoringSection::key));
        this.sections = List.copyOf(all);
        this.versions = versions;
        this.stamper = stamper;
    }

    /** The figures of every section that answers for the window, in order. */
    public List<MonitoringFigures> compute(MonitoringWindow window) {
        long version = versions.latest();
        String scope = window.scope().unrestricted() ? "*" : window.scope().treePath();
        List<MonitoringFigures> figures = new ArrayList<>();
        for (MonitoringSection section : sections) {
            String key = section.key() + "|" + scope + "|" + window.from() + "|" + window.to() + "|" + window.asOf();
            Entry entry = kept.get(key);
            if (entry == null || entry.dataVersion() != version) {
                entry = new Entry(version, section.compute(window));
                // A transaction that took change numbers may still roll them back: what it read names no version.
                if (!stamper.stampedInCurrentTransaction()) {
                    kept.put(key, entry);
                }
            }
            entry.figures().ifPresent(figures::add);
        }
        return figures;
    }
}
