package io.hindsight.actionitem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A tracker in memory: issues by key, their links, and failures injected per call. */
final class InMemoryFollowUpTracker implements FollowUpTracker {

    final Map<String, NewFollowUp> issues = new LinkedHashMap<>();
    final List<String> incidentLinks = new ArrayList<>();
    final Map<String, PageLink> pageLinks = new HashMap<>();
    private int nextNumber = 1;
    private Function<NewFollowUp, FollowUpFailure> createFailure = followUp -> null;
    private FollowUpFailure linkFailure;
    private FollowUpFailure searchFailure;

    InMemoryFollowUpTracker failCreateWhen(Function<NewFollowUp, FollowUpFailure> failure) {
        this.createFailure = failure;
        return this;
    }

    InMemoryFollowUpTracker failIncidentLinks(FollowUpFailure failure) {
        this.linkFailure = failure;
        return this;
    }

    InMemoryFollowUpTracker failSearches(FollowUpFailure failure) {
        this.searchFailure = failure;
        return this;
    }

    @Override
    public Optional<String> findByMarker(String markerLabel) {
        if (searchFailure != null) {
            throw searchFailure;
        }
        return issues.entrySet().stream().filter(issue -> issue.getValue().labels().contains(markerLabel))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public String create(NewFollowUp followUp) {
        FollowUpFailure failure = createFailure.apply(followUp);
        if (failure != null) {
            throw failure;
        }
        String key = followUp.projectKey() + "-" + nextNumber++;
        issues.put(key, followUp);
        return key;
    }

    @Override
    public void linkToIncident(String issueKey, String incidentKey, String linkTypeName) {
        if (linkFailure != null) {
            throw linkFailure;
        }
        String link = issueKey + " " + linkTypeName + " " + incidentKey;
        if (!incidentLinks.contains(link)) {
            incidentLinks.add(link);
        }
    }

    @Override
    public void linkToPage(String issueKey, PageLink page) {
        pageLinks.put(issueKey + "|" + page.globalId(), page);
    }
}
