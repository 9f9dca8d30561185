package nl.totalservice.onboarding.portal.coordinator;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.totalservice.onboarding.portal.api.Calls;
import nl.totalservice.onboarding.portal.api.Page;
import nl.totalservice.onboarding.portal.api.Result;
import nl.totalservice.onboarding.portal.api.TaskApi;
import nl.totalservice.onboarding.portal.api.TaskModels.CallOutcomeRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.CallView;
import nl.totalservice.onboarding.portal.api.TaskModels.QueueItemView;
import nl.totalservice.onboarding.portal.api.TaskModels.TaskView;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.web.ActionProblem;
import nl.totalservice.onboarding.portal.web.Forms;
import nl.totalservice.onboarding.portal.web.Pages;
import nl.totalservice.onboarding.portal.web.Redirects;
import nl.totalservice.onboarding.portal.web.Visitor;

import java.util.List;
import java.util.UUID;

/** Calls to make for urgent assignments and their outcomes; tasks that need attention (overdue, declined). */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
public class CallPages {

    static final List<String> OUTCOMES = List.of("REACHED", "NO_ANSWER", "CALL_BACK");

    private final Pages pages;
    private final Visitor visitor;
    private final TaskApi tasks;
    private final Calls calls;
    private final Template callList;
    private final Template attention;

    public CallPages(Pages pages, Visitor visitor, TaskApi tasks, Calls calls,
                     @Location("coordinator/calls.html") Template callList,
                     @Location("coordinator/attention.html") Template attention) {
        this.pages = pages;
        this.visitor = visitor;
        this.tasks = tasks;
        this.calls = calls;
        this.callList = callList;
        this.attention = attention;
    }

    @GET
    @Path("/calls")
    public Response calls() {
        Session me = visitor.require(Role.COORDINATOR);
        return render(me, null);
    }

    @POST
    @Path("/calls/{id}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response outcome(@PathParam("id") UUID id, @FormParam("outcome") String outcome,
                            @FormParam("callBackAt") String callBackAt, @FormParam("note") String note) {
        Session me = visitor.require(Role.COORDINATOR);
        Result<CallView> done = calls.call(TaskApi.SERVICE, () -> tasks.recordCall(me.bearer(), id,
                new CallOutcomeRequest(Forms.text(outcome), Forms.localTime(callBackAt), Forms.text(note))));
        if (done.ok()) {
            return Redirects.seeOther("/coordinator/calls");
        }
        return render(me, new ActionProblem("call-" + id, done));
    }

    @GET
    @Path("/attention")
    public Response attention() {
        Session me = visitor.require(Role.COORDINATOR);
        // task-service filters, so that none is cut off behind a page of others
        Result<List<TaskView>> overdue = calls.call(TaskApi.SERVICE,
                        () -> tasks.tasks(me.bearer(), "ASSIGNED,ACCEPTED,CUSTOMER_CONTACTED", null, true, 100))
                .map(Page::items);
        Result<List<QueueItemView>> declined = calls.call(TaskApi.SERVICE, () -> tasks.queue(me.bearer(), true, 100))
                .map(Page::items);
        return Response.ok(pages.page(attention).data("overdue", overdue).data("declined", declined)).build();
    }

    private Response render(Session me, ActionProblem failed) {
        Result<Page<CallView>> open = calls.call(TaskApi.SERVICE, () -> tasks.calls(me.bearer(), "OPEN", 100));
        TemplateInstance page = pages.page(callList).data("calls", open).data("failed", failed).data("outcomes", OUTCOMES);
        if (failed != null) {
            return pages.problem(page, failed.unavailable());
        }
        return open.ok() ? Response.ok(page).build() : pages.problem(page, open.unavailable());
    }
}
