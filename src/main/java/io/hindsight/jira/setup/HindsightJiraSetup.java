package io.hindsight.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.hindsight.jira.HindsightJiraSettings;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets Hindsight up in Jira each time the plugin starts, and again when an admin asks: the Incident issue type, its
 * fields, its statuses, the workflow and
 * the "Action item" issue link type. Every run is idempotent (what exists is left alone, what an admin deleted is
 * created again) and ends in a {@link SetupReport} that is logged and kept for the admin health check.
 *
 * <p>One node at a time: on a cluster every node starts the plugin, and two nodes creating the same field at once
 * would make two fields.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class HindsightJiraSetup implements LifecycleAware {

    static final String LOCK_NAME = "io.hindsight.jira.setup";
    /** Long enough for another node's run to finish; setup makes a few dozen calls into Jira. */
    static final long LOCK_WAIT_SECONDS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(HindsightJiraSetup.class);

    private final ClusterLockService lockService;
    private final IncidentIssueTypeInstaller issueType;
    private final IncidentFieldsInstaller fields;
    private final IncidentWorkflowInstaller workflow;
    private final ActionItemLinkTypeInstaller linkType;
    private final HindsightJiraSettings settings;
    private final Clock clock = Clock.systemUTC();

    public HindsightJiraSetup(@JiraImport ClusterLockService lockService, IncidentIssueTypeInstaller issueType,
            IncidentFieldsInstaller fields, IncidentWorkflowInstaller workflow, ActionItemLinkTypeInstaller linkType,
            HindsightJiraSettings settings) {
        this.lockService = lockService;
        this.issueType = issueType;
        this.fields = fields;
        this.workflow = workflow;
        this.linkType = linkType;
        this.settings = settings;
    }

    @Override
    public void onStart() {
        try {
            run(null);
        } catch (RuntimeException unexpected) {
            // A failed setup must not stop the plugin: the health check says what is missing.
            LOG.error("Hindsight setup failed; see the admin health check at /rest/hindsight/1.0/admin/setup",
                    unexpected);
        }
    }

    @Override
    public void onStop() {
        // Nothing to undo: what setup created belongs to Jira and stays when the plugin stops.
    }

    /**
     * Runs setup now.
     *
     * @param actingAdmin the admin who asked, recorded as the workflow's creator; null at start-up
     */
    public SetupReport run(ApplicationUser actingAdmin) {
        SetupLog log = new SetupLog();
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        if (acquire(lock, log)) {
            try {
                runSteps(actingAdmin, log);
            } finally {
                lock.unlock();
            }
        }
        SetupReport report = new SetupReport(clock.instant(), log.actions());
        settings.rememberSetupReport(report.toLines());
        if (report.hasProblems()) {
            LOG.error("Hindsight setup finished with problems; an admin must act (details above and at "
                    + "/rest/hindsight/1.0/admin/setup)");
        } else {
            LOG.info("Hindsight setup finished: {}", report.changedNothing() ? "everything was in place"
                    : "created or repaired what was missing");
        }
        return report;
    }

    /** The report of the last run on any node, if any run finished. */
    public Optional<SetupReport> lastReport() {
        return settings.setupReport().map(SetupReport::fromLines);
    }

    private void runSteps(ApplicationUser actingAdmin, SetupLog log) {
        Optional<IssueType> incidentType = Optional.empty();
        try {
            incidentType = issueType.ensure(log);
        } catch (RuntimeException unexpected) {
            log.failed(IncidentIssueTypeInstaller.SUBJECT, "Jira failed: " + unexpected);
        }
        if (incidentType.isPresent()) {
            fields.ensure(incidentType.get(), log);
        } else {
            log.failed("fields", "not checked: they belong to the Incident issue type, which is missing");
        }
        try {
            workflow.ensure(actingAdmin, log);
        } catch (RuntimeException unexpected) {
            log.failed(IncidentWorkflowInstaller.SUBJECT, "Jira failed: " + unexpected);
        }
        try {
            linkType.ensure(log);
        } catch (RuntimeException unexpected) {
            log.failed(ActionItemLinkTypeInstaller.SUBJECT, "Jira failed: " + unexpected);
        }
    }

    private static boolean acquire(ClusterLock lock, SetupLog log) {
        try {
            if (lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            log.failed("setup", "another node held the setup lock for " + LOCK_WAIT_SECONDS + " s; nothing was "
                    + "checked. Run setup again from the health check.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            log.failed("setup", "interrupted while waiting for another node's setup");
        }
        return false;
    }
}
