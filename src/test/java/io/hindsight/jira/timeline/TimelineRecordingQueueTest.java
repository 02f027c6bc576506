package io.hindsight.jira.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class TimelineRecordingQueueTest {

    @Test
    public void aFullQueue_dropsTheEntry_insteadOfBlockingTheCaller() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        TimelineRecordingQueue queue = new TimelineRecordingQueue(new ThreadPoolExecutor(1, 1, 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1)));
        Runnable blocked = () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };

        assertTrue(queue.submit("running", blocked));
        assertTrue(queue.submit("waiting", blocked));
        assertFalse(queue.submit("one too many", blocked));
        release.countDown();
        queue.shutdown();
    }

    @Test
    public void aFailingEntry_doesNotStopTheOnesAfterIt() {
        AtomicInteger done = new AtomicInteger();
        TimelineRecordingQueue queue = new TimelineRecordingQueue();

        queue.submit("failing", () -> {
            throw new IllegalStateException("boom");
        });
        queue.submit("fine", done::incrementAndGet);
        queue.shutdown();

        assertEquals(1, done.get());
    }

    @Test
    public void afterShutdown_entriesAreRefusedWithoutAnException() {
        TimelineRecordingQueue queue = new TimelineRecordingQueue();
        queue.shutdown();

        assertFalse(queue.submit("late", () -> { }));
    }
}
