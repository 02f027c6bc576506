package io.hindsight.confluence.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Nothing was done because Jira first needs the user's authorisation: the UI shows an "Authorise" link, not an error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthoriseDto(String outcome, String authoriseUrl, String message) {
}
