package io.hindsight.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error response: HTTP status, a stable machine-readable code, a message a person can act
 * on, and the request field at fault when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorDto(int status, String code, String message, String field) {
}
