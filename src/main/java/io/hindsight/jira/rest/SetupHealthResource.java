package io.hindsight.jira.rest;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.jira.setup.HindsightJiraSetup;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The admin health check of Hindsight's Jira setup: what the last run found, and a way to run it again after fixing
 * what it reported (or after an admin deleted something by mistake), without restarting Jira. Every method can
 * also answer the container's 401/403 for a caller who is not a Jira administrator.
 */
@Path("/admin/setup")
@Produces(MediaType.APPLICATION_JSON)
public class SetupHealthResource {

    private final HindsightJiraSetup setup;
    private final CurrentUser currentUser;
    private final UserManager userManager;

    @Inject
    public SetupHealthResource(HindsightJiraSetup setup, CurrentUser currentUser,
            @JiraImport("jiraUserManager") UserManager userManager) {
        this.setup = setup;
        this.currentUser = currentUser;
        this.userManager = userManager;
    }

    /** The last run's report. Errors: 404 when setup has never finished on this Jira. */
    @GET
    @AdminOnly
    public SetupReportDto lastReport() {
        return SetupReportDto.from(setup.lastReport()
                .orElseThrow(() -> new NotFoundException("Hindsight's setup has not run on this Jira yet.")));
    }

    /** Runs setup now, as the calling admin, and answers its report; the body is ignored and may be empty. */
    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public SetupReportDto run() {
        ApplicationUser admin = currentUser.userKey().map(userManager::getUserByKey).orElse(null);
        return SetupReportDto.from(setup.run(admin));
    }
}
