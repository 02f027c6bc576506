package io.hindsight.jira.setup;

import io.hindsight.jira.setup.SetupAction.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects what a setup run does and writes each step to Jira's log as it happens. */
public final class SetupLog {

    private static final Logger LOG = LoggerFactory.getLogger(HindsightJiraSetup.class);

    private final List<SetupAction> actions = new ArrayList<>();

    public void created(String subject, String detail) {
        add(new SetupAction(Outcome.CREATED, subject, detail));
    }

    public void repaired(String subject, String detail) {
        add(new SetupAction(Outcome.REPAIRED, subject, detail));
    }

    public void present(String subject, String detail) {
        add(new SetupAction(Outcome.PRESENT, subject, detail));
    }

    public void failed(String subject, String detail) {
        add(new SetupAction(Outcome.FAILED, subject, detail));
    }

    public List<SetupAction> actions() {
        return List.copyOf(actions);
    }

    private void add(SetupAction action) {
        actions.add(action);
        switch (action.outcome()) {
            case FAILED -> LOG.error("Hindsight setup: {} - {}", action.subject(), action.detail());
            case REPAIRED -> LOG.warn("Hindsight setup repaired {}: {}", action.subject(), action.detail());
            case CREATED -> LOG.info("Hindsight setup created {}: {}", action.subject(), action.detail());
            case PRESENT -> LOG.debug("Hindsight setup found {}: {}", action.subject(), action.detail());
        }
    }
}
