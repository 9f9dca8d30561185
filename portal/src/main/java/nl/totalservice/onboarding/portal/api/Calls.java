package nl.totalservice.onboarding.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one call to a service and turns its failures into a {@link Result} a page can show: a 4xx is the
 * service's refusal (shown at the form); a 5xx, no answer or an unreadable answer is "not available".
 */
@ApplicationScoped
public class Calls {

    private static final Logger LOG = Logger.getLogger(Calls.class);

    private final ObjectMapper json;

    public Calls(ObjectMapper json) {
        this.json = json;
    }

    public <T> Result<T> call(String service, Supplier<T> call) {
        try {
            return Result.of(call.get(), service);
        } catch (WebApplicationException e) {
            if (e.getCause() instanceof java.io.IOException) {
                // the client's own refusal to read the answer (not JSON: a proxy's page, say), not the service's
                LOG.errorf(e, "%s gave an answer the portal cannot read", service);
                return Result.unavailable(service);
            }
            Problem problem = problem(e.getResponse());
            if (problem.status() >= 500) {
                // the service failed on its side: nothing the visitor can correct, so no refusal to show
                LOG.warnf("%s answered %d: %s", service, problem.status(), problem.detail());
                return Result.unavailable(service);
            }
            return Result.problem(problem, service);
        } catch (ProcessingException e) {
            LOG.warnf("%s did not answer: %s", service, e.getMessage());
            return Result.unavailable(service);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.io.IOException || e.getCause() instanceof ProcessingException) {
                LOG.warnf("%s did not answer: %s", service, e.getMessage());
                return Result.unavailable(service);
            }
            throw e;
        }
    }

    private Problem problem(Response response) {
        int status = response.getStatus();
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            Problem problem = json.readValue(body, Problem.class);
            return new Problem(problem.type(), problem.title(), status, problem.detail(), problem.errors());
        } catch (RuntimeException | java.io.IOException e) {
            return new Problem(null, response.getStatusInfo().getReasonPhrase(), status, null, List.of());
        }
    }
}
