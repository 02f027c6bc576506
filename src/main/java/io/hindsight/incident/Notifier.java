package io.hindsight.incident;

/** Port: tells people about missed deadlines (host mail in the products; an outbox table in the embedded host). */
public interface Notifier {

    /**
     * Sends one breach notice. Called once per breach, inside the transaction that claims it: throwing releases the
     * claim, and the next run of the deadline job tries again.
     */
    void breachNotice(BreachNotice notice);
}
