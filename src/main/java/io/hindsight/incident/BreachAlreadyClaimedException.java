package io.hindsight.incident;

/** Another node or an earlier run claimed this breach; this run leaves it alone. */
public final class BreachAlreadyClaimedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BreachAlreadyClaimedException(Breach breach) {
        super("Breach " + breach.key() + " is claimed already.");
    }
}
