package org.yomitori.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yomitori.config.ConfigException;
import org.yomitori.config.YomitoriConfig;
import org.yomitori.storage.Database;

/**
 * The scheduled jobs and the Quartz scheduler that runs them. routes/schedules.camel.yaml fires
 * {@link #flagOverdueReviews}, {@link #deleteExpiredImages} and {@link #writeDailySummary} at their
 * crons (and routes/export.camel.yaml the export windows) through Camel's quartz component, which
 * is given {@link #scheduler()}: a scheduler whose triggers live in the pipeline's database, so
 * they survive a restart and a time missed while the service was down fires once on start.
 */
public final class Schedules implements AutoCloseable {
    /** The export-window route template of routes/export.camel.yaml, and the Quartz group of its triggers. */
    public static final String EXPORT_WINDOWS = "export-window";
    private static final Logger LOG = LoggerFactory.getLogger("schedule");

    private final Scheduler scheduler;
    private final SlaMonitor sla;
    private final Retention retention;
    private final DailySummary summary;

    private Schedules(Scheduler scheduler, SlaMonitor sla, Retention retention, DailySummary summary) {
        this.scheduler = scheduler;
        this.sla = sla;
        this.retention = retention;
        this.summary = summary;
    }

    public static Schedules start(YomitoriConfig config, Database db, Clock clock) {
        ScheduleSettings s = ScheduleSettings.of(config);
        Scheduler scheduler;
        try {
            scheduler = QuartzStore.create(config.db());
        } catch (SchedulerException e) {
            throw new ConfigException("the Quartz scheduler cannot use the database " + config.db().url() + ": "
                    + e.getMessage(), e);
        }
        return new Schedules(scheduler, new SlaMonitor(db, clock, s.reviewAgeHours()),
                new Retention(db, config.layout(), clock, s.imageDays()), new DailySummary(db, clock, s));
    }

    /** The Quartz scheduler for Camel's quartz component (bound as quartzScheduler). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Drops stored export-window triggers no endpoint declares any more; returns how many. */
    public int keepExportWindows(Set<String> triggerNames) {
        try {
            int removed = QuartzStore.forgetOthers(scheduler, EXPORT_WINDOWS, triggerNames);
            if (removed > 0) {
                LOG.info("{} export window(s) of endpoints no longer configured removed", removed);
            }
            return removed;
        } catch (SchedulerException e) {
            throw new IllegalStateException("stored export windows cannot be read", e);
        }
    }

    public int flagOverdueReviews() {
        return sla.flagOverdue();
    }

    public int deleteExpiredImages() throws IOException {
        return retention.deleteExpiredImages();
    }

    public Path writeDailySummary() throws IOException {
        return summary.writeYesterday();
    }

    public SlaCounts sla() {
        return sla.counts();
    }

    public Summary summary(LocalDate date) {
        return summary.of(date);
    }

    /** Stops the scheduler, waiting for a running job; its connections are closed with it. */
    @Override
    public void close() {
        try {
            if (!scheduler.isShutdown()) {
                scheduler.shutdown(true);
            }
        } catch (SchedulerException e) {
            LOG.warn("the Quartz scheduler did not stop cleanly", e);
        }
    }
}
