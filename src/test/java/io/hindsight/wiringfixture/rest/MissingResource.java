package io.hindsight.wiringfixture.rest;

import jakarta.ws.rs.Path;

/** A REST resource whose constructor asks for a type no bean has. */
@Path("/fixture")
public class MissingResource {

    public MissingResource(CharSequence nobodyProvidesThis) {
    }
}
