package io.ordertrail.platform.api;

import io.ordertrail.platform.InputRejected;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error the API gives is a problem detail (each capability maps its own exceptions next to its resources); a stack trace never reaches a client, and no error vanishes. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** Any other input that cannot be accepted as sent: 400, naming each invalid field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InputRejected> {
        @Override
        public Response toResponse(InputRejected rejected) {
            return Problem.invalidFields(
                    "invalid-input",
                    "The request cannot be accepted as sent",
                    "Correct the fields listed in errors and send it again; nothing was stored.",
                    rejected);
        }
    }

    /** A body that is not the JSON the operation takes: 400. */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    /** The same, when the JSON provider reports it as a processing error. */
    @Provider
    public static class UnreadableEntity implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    static Response unreadable(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Problem(
                        "unreadable-body",
                        "The request body is not valid JSON for this operation",
                        400,
                        "Send a JSON document as described in the OpenAPI document at /openapi (" + root.getMessage()
                                + ").",
                        List.of())
                .toResponse();
    }

    /** Authenticated, but not allowed: 403. */
    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return new Problem(
                            "forbidden",
                            "Not allowed",
                            403,
                            "This account may not do this; ask for a service account with role INTEGRATION.",
                            List.of())
                    .toResponse();
        }
    }

    /** JAX-RS's own errors (404, 405, 415, malformed input...) keep their status, as problems. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return unreadable(e);
            }
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return new Problem(
                            e instanceof NotFoundException ? "not-found" : "http-" + status,
                            known == null ? "HTTP " + status : known.getReasonPhrase(),
                            status,
                            e.getMessage(),
                            List.of())
                    .toResponse();
        }
    }

    /** Anything else is our fault: 500 with an id to quote; the details go to the log, never to the client. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API request failed, problem id " + id, e);
            return new Problem(
                            "internal",
                            "Internal error",
                            500,
                            "The request could not be completed and nothing was changed. Quote problem id " + id
                                    + " to the Ordertrail administrators.",
                            List.of())
                    .toResponse();
        }
    }
}
