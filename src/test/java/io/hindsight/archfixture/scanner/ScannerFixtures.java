package io.hindsight.archfixture.scanner;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.user.UserManager;
import jakarta.inject.Named;

/** Classes carrying every kind of Spring Scanner annotation, for SpringScannerIndexTest to derive an index from. */
final class ScannerFixtures {

    private ScannerFixtures() {
    }
}

@Named
class SharedComponent {

    SharedComponent(@ComponentImport UserManager userManager) {
    }
}

@Named("renamedComponent")
class RenamedComponent {
}

@JiraComponent
class JiraOnlyComponent {

    JiraOnlyComponent(@JiraImport IssueManager issueManager,
            @JiraImport("jiraUserManager") com.atlassian.jira.user.util.UserManager userManager) {
    }
}

@ConfluenceComponent
class ConfluenceOnlyComponent {

    @ConfluenceImport
    private Runnable importedIntoAField;
}

@JiraComponent
@ExportAsService({Runnable.class, AutoCloseable.class})
class ExportedComponent implements Runnable, AutoCloseable {

    @Override
    public void run() {
    }

    @Override
    public void close() {
    }
}

class NotAComponent {

    NotAComponent(UserManager notImported) {
    }
}
