package io.hindsight.incident;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Notifier} that keeps what it was asked to send, and can be told to fail like a mail server that is down. */
public final class RecordingNotifier implements Notifier {

    private final List<BreachNotice> sent = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    public void failing(boolean value) {
        this.failing = value;
    }

    @Override
    public void breachNotice(BreachNotice notice) {
        if (failing) {
            throw new IllegalStateException("mail server down");
        }
        sent.add(notice);
    }

    public List<BreachNotice> sent() {
        return List.copyOf(sent);
    }
}
