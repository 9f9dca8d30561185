package nl.totalservice.onboarding.platform.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.totalservice.onboarding.platform.database.DatabaseUnavailable;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every refusal into {@code application/problem+json}: domain problems, invalid input
 * (bean validation, malformed JSON, wrong types, unknown enum values), security and HTTP errors.
 * A request that found the database away is a 503 with {@code Retry-After}. Anything unexpected is a
 * 500 with an error id that is also logged, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    UnavailableConfig unavailable;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(FieldPaths.of(violation.getPropertyPath()), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(validation(detail, errors), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = FieldPaths.of(e);
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                    + ", not '" + invalid.getValue() + "'";
        } else if (e instanceof InvalidFormatException invalid) {
            message = "'" + invalid.getValue() + "' is not a valid " + TypeNames.of(invalid.getTargetType());
        } else if (e.getTargetType() != null) {
            message = "must be " + TypeNames.withArticle(e.getTargetType());
        } else {
            message = "has the wrong type";
        }
        if (field.isEmpty()) {
            return respond(validation("The request body " + message, List.of(new FieldError("body", message))), uri);
        }
        return respond(validation(field + ": " + message, List.of(new FieldError(field, message))), uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(ValueInstantiationException e, UriInfo uri) {
        String field = FieldPaths.of(e);
        String message = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : "is not valid";
        String name = field.isEmpty() ? "body" : field;
        return respond(validation(name + ": " + message, List.of(new FieldError(name, message))), uri);
    }

    @ServerExceptionMapper
    public Response malformed(StreamReadException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("");
        return respond(new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON" + where + ": " + reason, null, null), uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return internalError(e, uri);
        }
        String field = FieldPaths.of(e);
        String message = e.getOriginalMessage() == null ? "is not valid" : e.getOriginalMessage().lines().findFirst().orElse("");
        String name = field.isEmpty() ? "body" : field;
        return respond(validation(name + ": " + message, List.of(new FieldError(name, message))), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON", null, null), uri);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "concurrent-update", "Changed by someone else", 409,
                "Someone else changed this resource at the same time; reload it and try again", null, null), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token is required", null, null), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role does not allow this operation", null, null), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof StreamReadException cause) {
            return malformed(cause, uri);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return mismatchedInput(cause, uri);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return mapping(cause, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        Response.StatusType statusType = original.getStatusInfo();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getRequestUri().getPath();
            case 405 -> "This path does not support the method";
            case 406 -> "This resource answers application/json";
            case 413 -> "The request body is too large";
            case 415 -> "Send the request body as application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.fromResponse(respond(new Problem(
                Problem.TYPE_BASE + TypeNames.slug(statusType.getReasonPhrase()), statusType.getReasonPhrase(),
                status, detail, null, null), uri));
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
        if (request.response().closed() && isConnectionClosed(e)) {
            // the caller hung up while we read its request: nothing ran, nobody reads an answer; not our error
            LOG.debugf("Client closed the connection during %s", uri.getRequestUri().getPath());
            return respond(new Problem(Problem.TYPE_BASE + "request-incomplete", "Incomplete request", 400,
                    "The connection closed before the request was read", null, null), uri);
        }
        return internalError(e, uri);
    }

    /** A 500 with an error id, unless a cause is a domain problem, a concurrent update or the database being away. */
    private Response internalError(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            return databaseUnavailable(e, uri);
        }
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof OptimisticLockException || cause.getClass().getName().startsWith("org.hibernate.StaleObjectState")) {
                return staleWrite(new OptimisticLockException(cause), uri);
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getRequestUri().getPath());
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "Something went wrong on our side; quote error id " + errorId + " when you report it",
                null, Map.of("errorId", errorId)), uri);
    }

    /** 503: the request cannot be served now, through no fault of its own; the client tries again later. */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        int retryAfter = unavailable.retryAfterSeconds();
        // expected while the database restarts, and the readiness check says so too: one line, no stack trace
        LOG.warnf("Database unavailable on %s: %s", uri.getRequestUri().getPath(), e);
        return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "database-unavailable",
                        "Database unavailable", 503, "The service cannot reach its database right now; try again in "
                        + retryAfter + " seconds", null, null), uri))
                .header(HttpHeaders.RETRY_AFTER, retryAfter).build();
    }

    /**
     * Whether {@code e} reports a closed connection. Only together with the client's connection being
     * closed is that the client hanging up (a load tool stopping, a browser tab closed).
     */
    private static boolean isConnectionClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Problem validation(String detail, List<FieldError> errors) {
        return new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail, null,
                Map.of("errors", errors));
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getRequestUri().getPath()))
                .build();
    }
}
