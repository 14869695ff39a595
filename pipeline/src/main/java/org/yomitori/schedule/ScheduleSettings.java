package org.yomitori.schedule;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Properties;
import org.quartz.CronExpression;
import org.yomitori.config.ConfigException;
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
        Properties p = config.properties();
        for (String job : new String[] {"sla", "retention", "summary"}) {
            String key = "yomitori.schedule." + job + ".cron";
            String cron = text(p, key);
            if (!CronExpression.isValidExpression(cron)) {
                throw new ConfigException(key + " must be a Quartz cron expression (seconds minutes hours day month "
                        + "weekday), got '" + cron + "'");
            }
        }
        return new ScheduleSettings(config.review().overdueHours(),
                number(p, "yomitori.schedule.retention.image-days", 0, 36_500),
                path(p, "yomitori.schedule.summary.folder"),
                number(p, "yomitori.schedule.summary.seconds-per-field", 1, 3600));
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new ConfigException(key + " must be set");
        }
        return value;
    }

    private static int number(Properties p, String key, int min, int max) {
        String value = text(p, key);
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw new ConfigException(key + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static Path path(Properties p, String key) {
        try {
            return Path.of(text(p, key)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(key + " is not a valid path: '" + p.getProperty(key) + "'");
        }
    }
}
