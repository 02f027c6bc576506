package io.hindsight.wiringfixture.rest;

/** Neither @Path nor @Provider: the REST module never instantiates it, so its constructor is nobody's business. */
public class NotAResource {

    public NotAResource(CharSequence ignored) {
    }
}
