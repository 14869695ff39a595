package org.yomitori.schedule;

import java.time.LocalDate;

/**
 * One day of the pipeline in figures (GET /api/summary?date=, summary-&lt;date&gt;.csv).
 *
 * @param documentsIn       documents read that day
 * @param released          documents released that day
 * @param rejected          documents a verifier rejected that day
 * @param errors            scans set aside in the error folder that day
 * @param straightThrough   released documents no person had to touch (every field accepted by the machine)
 * @param stpRate           straightThrough / released (0 when nothing was released)
 * @param fieldsAuto        fields of the released documents accepted by the machine
 * @param keyingHoursSaved  fieldsAuto times the configured keying seconds per field, in hours
 */
public record Summary(LocalDate date, int documentsIn, int released, int rejected, int errors, int straightThrough,
                      double stpRate, int fieldsAuto, double keyingHoursSaved) {
}
