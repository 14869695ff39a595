package org.yomitori.schedule;

import java.nio.file.Path;
import org.quartz.CronExpression;
import org.yomitori.config.ConfigException;
import org.yomitori.config.Settings;
import org.yomitori.config.YomitoriConfig;

/**
 * The yomitori.schedule.* settings, checked at start-up (crons are Quartz's). The crons themselves
 * are read by routes/schedules.camel.yaml; they are checked here so a typo fails the start.
 *
 * @param reviewAgeHours  a document waiting for a person longer than this is overdue (yomitori.review.overdue-hours,
 *                        the review queue's own setting)
 * @param imageDays       page images and crops of documents released longer ago are deleted; 0 = never
 * @param summaryFolder   where summary-&lt;date&gt;.csv is written
 * @param secondsPerField keying time of one field, for the hours-saved figure
 */
public record ScheduleSettings(int reviewAgeHours, int imageDays, Path summaryFolder, double secondsPerField) {

    public static ScheduleSettings of(YomitoriConfig config) {
        Settings p = new Settings(config.properties());
        for (String job : new String[] {"sla", "retention", "summary"}) {
            String key = "yomitori.schedule." + job + ".cron";
            String cron = p.text(key);
            if (!CronExpression.isValidExpression(cron)) {
                throw new ConfigException(key + " must be a Quartz cron expression (seconds minutes hours day month "
                        + "weekday), got '" + cron + "'");
            }
        }
        return new ScheduleSettings(config.review().overdueHours(),
                p.integer("yomitori.schedule.retention.image-days", 0, 36_500),
                p.path("yomitori.schedule.summary.folder"),
                p.integer("yomitori.schedule.summary.seconds-per-field", 1, 3600));
    }
}
