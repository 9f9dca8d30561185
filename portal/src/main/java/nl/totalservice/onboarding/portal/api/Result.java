package nl.totalservice.onboarding.portal.api;

import io.quarkus.qute.TemplateData;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a call to a service gave: a value, a problem the service answered (shown next to the fields), or no
 * answer at all (the service is down: that part of the page says so, the rest still works).
 */
@TemplateData
public record Result<T>(T value, Problem problem, boolean unavailable, String service) {

    public static <T> Result<T> of(T value, String service) {
        return new Result<>(value, null, false, service);
    }

    public static <T> Result<T> problem(Problem problem, String service) {
        return new Result<>(null, problem, false, service);
    }

    public static <T> Result<T> unavailable(String service) {
        return new Result<>(null, null, true, service);
    }

    public boolean ok() {
        return problem == null && !unavailable;
    }

    public boolean notFound() {
        return problem != null && problem.status() != null && problem.status() == 404;
    }

    /** The problem's message per field ({@code errors[].field}), for the form to show beside each field. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null) {
            problem.errors().forEach(error -> errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        }
        return errors;
    }

    /** The problem's detail, or its title when it has none. */
    public String message() {
        if (problem == null) {
            return null;
        }
        return problem.detail() != null ? problem.detail() : problem.title();
    }

    public <R> Result<R> map(Function<T, R> mapper) {
        return ok() ? of(mapper.apply(value), service) : new Result<>(null, problem, unavailable, service);
    }
}
