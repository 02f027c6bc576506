package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.Objects;

/**
 * The result of linting a page: the prose that was checked (code, macro parameters and quoted logs left out) and
 * the findings, whose offsets point into that prose.
 */
public record LintReport(String checkedText, List<BlameFinding> findings) {

    public LintReport {
        Objects.requireNonNull(checkedText, "checkedText");
        findings = List.copyOf(findings);
    }
}
