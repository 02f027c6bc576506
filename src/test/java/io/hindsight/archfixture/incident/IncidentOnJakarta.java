package io.hindsight.archfixture.incident;

import jakarta.inject.Named;

/** Breaks the rule that the domain is host-free: it carries a jakarta annotation. */
@Named
public class IncidentOnJakarta {
}
