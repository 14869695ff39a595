package org.yomitori.schedule;

import java.util.Properties;
import java.util.Set;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.yomitori.config.YomitoriConfig;

/**
 * The Quartz scheduler of the pipeline, with its JDBC job store in the pipeline's H2 database
 * (tables from migration V21). The scheduler name is fixed: triggers are stored under it, and a
 * restart must find them again. Camel's quartz component is given this scheduler and starts it.
 */
final class QuartzStore {
    static final String NAME = "yomitori";
    private static final String DATA_SOURCE = "pipeline";

    private QuartzStore() {
    }

    static Scheduler create(YomitoriConfig.Db db) throws SchedulerException {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, NAME);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, NAME);
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        String prefix = "org.quartz.dataSource." + DATA_SOURCE + ".";
        p.setProperty(prefix + "connectionProvider.class", QuartzConnections.class.getName());
        p.setProperty(prefix + "url", db.url());
        p.setProperty(prefix + "user", db.user());
        p.setProperty(prefix + "password", db.password());
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // Camel pauses its triggers when it stops; the stored ones run again from this start on (a
        // time missed meanwhile fires once: Quartz's misfire rule for cron triggers).
        scheduler.resumeAll();
        return scheduler;
    }

    /**
     * Removes stored triggers of {@code group} that no route declares any more (an endpoint's export
     * window that was deleted from its file), so they do not fire into nothing after a restart.
     */
    static int forgetOthers(Scheduler scheduler, String group, Set<String> keep) throws SchedulerException {
        int removed = 0;
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
            if (!keep.contains(key.getName()) && scheduler.unscheduleJob(key)) {
                removed++;
            }
        }
        return removed;
    }
}
