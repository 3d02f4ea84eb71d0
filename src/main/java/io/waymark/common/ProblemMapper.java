package io.waymark.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. Users get a reason and the fields at fault,
 * never a stack trace; unexpected failures are logged with an incident id and no request data.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        Response problem = problem(e.status(), e.title(), e.getMessage(), e.errors(), e.extensions());
        return e.retryAfterSeconds() == null ? problem
                : Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "Invalid request", detail, errors);
    }

    /** Declared for the subtype too, so that it wins over Quarkus' own mapper for mismatched input. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableBody(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = describe(mapping);
            return problem(400, "Invalid request", field + ": " + message, List.of(new Problem.FieldError(field, message)));
        }
        return problem(400, "Invalid request", "The request body is not valid JSON", List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e) {
        return staleProblem();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(problem(401, "Unauthorized", "Sign in: a valid bearer token is required", List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this" : e.getMessage();
        return problem(403, "Forbidden", detail, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleProblem();
            }
            if (cause instanceof DomainException domain) {
                return domain(domain);
            }
            Optional<RuleConflict> unique = UniqueRules.brokenBy(cause);
            if (unique.isPresent()) {
                return domain(unique.get());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                // A NUL in a page form, which the JSON and parameter checks name, but a form's body is read later.
                return problem(400, "Invalid request", "A value " + StorableText.MESSAGE + "; nothing was saved.", List.of());
            }
            if (isDatabaseAway(cause)) {
                LOG.warnf("Database unavailable (%s): answered 503", e.getClass().getSimpleName());
                return Response.fromResponse(problem(503, "Service unavailable",
                        "Waymark could not reach its database in time (it is busy or restarting); nothing was changed."
                                + " Try again in a moment.", List.of()))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
        }
        String incident = UUID.randomUUID().toString();
        // The message can quote stored values (personal data), so only the type and the frames are logged.
        LOG.errorf("Unexpected %s (causes: %s), incident %s, at %s", e.getClass().getName(), causes(e), incident,
                Arrays.stream(e.getStackTrace()).limit(12).map(StackTraceElement::toString)
                        .collect(Collectors.joining(" <- ")));
        return problem(500, "Internal error", "Something went wrong on our side (incident " + incident + ")", List.of());
    }

    /** The classes of the causes, outermost first: what failed, without the messages (which can quote data). */
    private static String causes(Throwable e) {
        List<String> names = new ArrayList<>();
        for (Throwable cause = e.getCause(); cause != null && names.size() < 8; cause = cause.getCause()) {
            names.add(cause.getClass().getName());
        }
        return String.join(" <- ", names);
    }

    /**
     * PostgreSQL's "invalid byte sequence" and "untranslatable character": text it cannot hold. {@code Set.of} refuses
     * to be asked about null, and the pool's own timeout has no SQLState: ask only with one.
     */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    /**
     * A lost or refused database connection (SQLState class 08, or 57P01-57P03 when the server shuts down), no
     * connection to be had from the pool in time, or a commit rolled back with no other cause: the request did not
     * happen, and can be tried again.
     */

    private static boolean isDatabaseAway(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        // A commit the database never completed (its connection died at that moment) comes back as a bare rollback.
        if (cause instanceof RollbackException && cause.getCause() == null) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || state.startsWith("57P"))
                    // The pool's own timeout ("Sorry, acquisition timeout!" or "Acquisition timeout while waiting..."):
                    // every connection is busy, or none can be made.
                    || sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private Response staleProblem() {
        return domain(new StaleVersion());
    }

    static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return problem(status, title, detail, errors, Map.of());
    }

    static Response problem(int status, String title, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors, extensions))
                .build();
    }

    /** "create.body.lastName" becomes "lastName": the user knows fields, not method parameters. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    /** Refusals whose words are already written for the user. */
    private static final Set<String> OWN_MESSAGES = Set.of(StorableText.MESSAGE, StorableText.NOT_TEXT,
            StrictJson.OUT_OF_RANGE, StrictJson.PADDED);

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format && OWN_MESSAGES.contains(format.getOriginalMessage())) {
            return format.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            return "is not a valid " + target.getSimpleName();
        }
        return "has the wrong type or format";
    }
}
