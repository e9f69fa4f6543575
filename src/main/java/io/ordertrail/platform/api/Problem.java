package io.ordertrail.platform.api;

import io.ordertrail.platform.InputRejected;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the invalid fields named when the request was at fault. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public class Problem {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Schema(description = "A URI identifying the kind of problem")
    public String type;

    @Schema(description = "A short summary of the kind of problem")
    public String title;

    @Schema(description = "The HTTP status")
    public int status;

    @Schema(description = "What was wrong with this request, and what to do")
    public String detail;

    @Schema(description = "Each invalid field of the request, when the request was at fault")
    public List<InvalidField> errors;

    public Problem() {}

    public Problem(String type, String title, int status, String detail, List<InvalidField> errors) {
        this.type = "https://ordertrail.io/problems/" + type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors;
    }

    /** 400 naming each invalid field of the rejected input and what to do about it. */
    public static Response invalidFields(String type, String title, String detail, InputRejected rejected) {
        return new Problem(
                        type,
                        title,
                        400,
                        detail,
                        rejected.getProblems().stream()
                                .map(p -> new InvalidField(p.field(), p.message()))
                                .toList())
                .toResponse();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** One invalid field and what to do about it. */
    @Schema(name = "InvalidField")
    public static class InvalidField {
        @Schema(description = "The field, as a path into the request, e.g. lines[0].quantity")
        public String field;

        @Schema(description = "What is wrong and what to do")
        public String message;

        public InvalidField() {}

        public InvalidField(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }
}
