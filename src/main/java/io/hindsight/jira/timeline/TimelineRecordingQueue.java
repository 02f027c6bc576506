package io.hindsight.jira.timeline;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where issue events wait to be written to timelines, off the thread of the Jira request that caused them: one
 * daemon thread, a bounded queue. A full queue drops the entry and logs it rather than slow Jira down; a failing
 * entry is logged and never reaches Jira. Held in memory: entries still queued when a node stops are lost, and a
 * later redelivery of the same event would be stored once (timeline entries carry stable external ids).
 */
@JiraComponent
public class TimelineRecordingQueue {

    /** A few minutes of a busy incident; beyond that Jira is in trouble and Hindsight must not add to it. */
    static final int CAPACITY = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(TimelineRecordingQueue.class);

    private final ExecutorService executor;

    public TimelineRecordingQueue() {
        this(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(CAPACITY), work -> {
            Thread thread = new Thread(work, "hindsight-timeline-recorder");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy()));
    }

    TimelineRecordingQueue(ExecutorService executor) {
        this.executor = executor;
    }

    /** Queues the work; returns false (and logs) when it was dropped. Never throws. */
    public boolean submit(Object what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException failed) {
                    LOG.warn("Hindsight could not record {} on the timeline", what, failed);
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            LOG.warn("Hindsight's timeline queue is full or stopped; {} was not recorded", what);
            return false;
        }
    }

    /** Stops taking work and gives queued entries a few seconds to be written. */
    public void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Hindsight stopped with timeline entries still queued; they were not recorded");
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
