package io.hindsight.standalone.incidents;

import static org.junit.Assert.assertEquals;

import io.hindsight.incident.IncidentRef;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

/** {@link StandaloneIncidentDirectory} on H2: numbering per project, also when incidents are created at once. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2Memory.class)
@Data(StandaloneIncidentDirectoryTest.Schema.class)
public class StandaloneIncidentDirectoryTest {

    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void concurrentCreations_getDistinctConsecutiveKeys() throws Exception {
        StandaloneIncidentDirectory directory =
                new StandaloneIncidentDirectory(new EntityManagerActiveObjects(entityManager));
        String project = "P" + (System.nanoTime() % 100_000);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<IncidentRef>> created = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                created.add(pool.submit(() -> {
                    start.await();
                    return directory.create(project, "Declared from an alert");
                }));
            }
            start.countDown();
            Set<String> keys = new TreeSet<>();
            for (Future<IncidentRef> incident : created) {
                keys.add(incident.get(60, TimeUnit.SECONDS).key());
            }

            assertEquals(IntStream.rangeClosed(1, 8).mapToObj(n -> project + "-" + n)
                    .collect(Collectors.toCollection(TreeSet::new)), keys);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Migrates the embedded host's incident table. */
    public static final class Schema implements DatabaseUpdater {

        @Override
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(StandaloneIncidentAo.class);
        }
    }
}
