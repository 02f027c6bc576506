package io.hindsight.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Resource classes that break {@link AccessAnnotationRule} one way each, to show that the rule notices. */
final class AccessAnnotationFixtures {

    private AccessAnnotationFixtures() {
    }

    @Path("/fixture/well-annotated")
    public static class WellAnnotated {

        @GET
        @AnonymousSiteAccess
        public String read() {
            return "";
        }

        @POST
        @LicensedOnly
        public void write() {
        }

        /** Not an endpoint: needs nothing. */
        public String helper() {
            return "";
        }
    }

    @Path("/fixture/missing")
    public static class MissingOne {

        @GET
        @AnonymousSiteAccess
        public String read() {
            return "";
        }

        @DELETE
        public void forgotten() {
        }
    }

    @Path("/fixture/two")
    public static class TwoOnOneMethod {

        @POST
        @LicensedOnly
        @AnonymousSiteAccess
        public void undecided() {
        }
    }

    @Path("/fixture/class-level")
    @LicensedOnly
    public static class ClassLevelOnly {

        @POST
        public void inherits() {
        }
    }

    @Path("/fixture/locator")
    public static class Locator {

        @Path("/sub")
        public Object sub() {
            return new Object();
        }
    }
}
