/**
 * The managers' metrics: MTTD, MTTA, MTTR (median and 90th percentile, with counts), post-mortem completion,
 * action-item closure and aging, and repeat incidents, each traceable to the keys behind it.
 *
 * <h2>What counts, decided once</h2>
 * <ul>
 *   <li><b>Period:</b> an incident belongs to the day it was declared (UTC); {@code [from, to)} selects on that.</li>
 *   <li><b>Severity:</b> the current one, which for a finished incident is its final one. The incident domain keeps
 *       only that (each change is a timeline entry) and the post-mortem deadline follows it, so figures and deadlines
 *       agree. A SEV-1 downgraded to SEV-2 counts as SEV-2.</li>
 *   <li><b>Durations</b> come from the stored key instants: MTTD = detected − impact started, MTTA = acknowledged −
 *       detected, MTTR = resolved − detected. Key instants are validated in order when stored, so no duration is
 *       negative. A backdated instant (set by hand, with the recording time kept on its timeline entry) counts at the
 *       instant it states: that is the point of backdating.</li>
 *   <li><b>Unknown instants:</b> an incident without an alert or a stated impact start has no MTTD; it is left out of
 *       the MTTD percentiles and counted as {@code unmeasured} (figure {@code mttd-unknown} lists them). Likewise
 *       MTTA without acknowledgement.</li>
 *   <li><b>Unresolved</b> incidents are left out of MTTR and counted as open ({@code open}).</li>
 *   <li><b>Excluded:</b> incidents marked as a game day or maintenance ({@code MetricsExclusion}), and cancelled
 *       false alarms, are in no figure but {@code excluded}. Their action items still appear in the action-item lists
 *       (they are real work) but not in the closure rate.</li>
 *   <li><b>Post-mortem completion:</b> SEV-1/SEV-2 incidents published by their deadline, of those decided; a deadline
 *       not started (unresolved) or not passed yet is {@code pending}, not a miss.</li>
 *   <li><b>Action-item closure:</b> items closed within 30 days of creation, of those decided; an open item younger
 *       than 30 days is pending. Aging buckets count open items by age.</li>
 *   <li><b>Repeat incidents:</b> see {@link io.hindsight.metrics.RepeatMatcher}; matched when a cause is recorded and
 *       stored, so the figure is a count.</li>
 * </ul>
 *
 * <h2>Where it is computed</h2>
 * In SQL over the Active Objects tables ({@code ao.AoMetricsStore}): one grouped statement per figure, the visible
 * projects in its WHERE clause, percentiles by {@code PERCENTILE_CONT(p) WITHIN GROUP (ORDER BY …)}, which PostgreSQL
 * and H2 2.x both run (both are tested on hand-computed data). The figures are read live: percentiles are not additive,
 * and the indexed query stays well inside the 2-second budget at 100 000 incidents. Daily rollups per project ×
 * severity × day hold the additive counts and sums for trend charts; {@link io.hindsight.metrics.RollupJob} refreshes
 * them once per cluster each minute from the incident change feed (the version claims) and rebuilds them daily.
 *
 * <h2>Who sees what</h2>
 * Figures count only incidents of projects the caller may browse ({@link io.hindsight.metrics.ProjectVisibility},
 * passed into the SQL). In Jira, issue-level security can hide single incidents inside a browsable project; the Jira
 * adapter will then either restrict figures to projects without a security scheme on the Incident type, or pass the
 * keys of hidden issues (found with one JQL search per security level) as an exclusion list, so that no figure or
 * trace counts or names an incident the caller cannot open.
 */
package io.hindsight.metrics;
