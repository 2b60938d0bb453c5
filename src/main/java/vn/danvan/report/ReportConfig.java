package vn.danvan.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of reports and open data ({@code danvan.report.*}; docs/operations.md). */
@ConfigMapping(prefix = "danvan.report")
public interface ReportConfig {

    /** Open data withholds counts from 1 to this minus one, so that no person can be singled out. */
    @WithDefault("5")
    int openDataMinCount();

    /** How long the open data of a province and year is kept and may be cached by browsers (seconds). */
    @WithDefault("300")
    int openDataMaxAgeSeconds();
}
