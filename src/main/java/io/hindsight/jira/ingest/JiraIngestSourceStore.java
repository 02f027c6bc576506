package io.hindsight.jira.ingest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.util.JiraHome;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.ingest.ao.AoIngestSourceStore;
import io.hindsight.ingest.ao.SecretBox;
import java.nio.file.Path;

/** {@link AoIngestSourceStore} as a Jira-only component, sealing signing secrets under a key in Jira's home. */
@JiraComponent
public class JiraIngestSourceStore extends AoIngestSourceStore {

    public JiraIngestSourceStore(@ComponentImport ActiveObjects ao, @JiraImport JiraHome home) {
        super(ao, SecretBox.withKeyFile(keyFile(home)));
    }

    /**
     * Every node must open what another sealed, so the key lives in {@link JiraHome#getHome()}, the home the nodes
     * of a cluster share (each node's local home is another directory), beside and not inside the database.
     */
    static Path keyFile(JiraHome home) {
        return home.getHome().toPath().resolve("hindsight").resolve("ingest-secrets.key");
    }
}
