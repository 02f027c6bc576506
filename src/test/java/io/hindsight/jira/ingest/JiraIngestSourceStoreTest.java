package io.hindsight.jira.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.util.JiraHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class JiraIngestSourceStoreTest {

    @Rule
    public final TemporaryFolder sharedHome = new TemporaryFolder();

    @Test
    public void theKeyFile_isCreatedOnceInTheHomeEveryNodeShares() throws Exception {
        JiraHome home = mock(JiraHome.class);
        when(home.getHome()).thenReturn(sharedHome.getRoot());
        Path keyFile = sharedHome.getRoot().toPath().resolve("hindsight").resolve("ingest-secrets.key");

        new JiraIngestSourceStore(null, home);
        String firstKey = Files.readString(keyFile);
        new JiraIngestSourceStore(null, home);

        assertEquals(keyFile, JiraIngestSourceStore.keyFile(home));
        assertTrue(firstKey.strip().length() > 40);
        assertEquals("a second node reads the first node's key", firstKey, Files.readString(keyFile));
    }
}
