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
import nl.totalservice.onboarding.portal.api.PartnerApi;
import nl.totalservice.onboarding.portal.api.PartnerModels.DecisionView;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerView;
import nl.totalservice.onboarding.portal.api.Result;
import nl.totalservice.onboarding.portal.api.TaskApi;
import nl.totalservice.onboarding.portal.api.TaskModels.AssignRequest;
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

/** The coordinator's queue, a task with the decision behind its suggestion, and assignment. */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
public class QueuePages {

    private final Pages pages;
    private final Visitor visitor;
    private final TaskApi tasks;
    private final PartnerApi partners;
    private final Calls calls;
    private final Template queue;
    private final Template task;
    private final Template decision;

    public QueuePages(Pages pages, Visitor visitor, TaskApi tasks, PartnerApi partners, Calls calls,
                      @Location("coordinator/queue.html") Template queue,
                      @Location("coordinator/task.html") Template task,
                      @Location("coordinator/decision.html") Template decision) {
        this.pages = pages;
        this.visitor = visitor;
        this.tasks = tasks;
        this.partners = partners;
        this.calls = calls;
        this.queue = queue;
        this.task = task;
        this.decision = decision;
    }

    @GET
    @Path("/queue")
    public Response queue() {
        Session me = visitor.require(Role.COORDINATOR);
        // in task-service's order (urgent, then the least working time left to sales' due time, then oldest)
        Result<List<QueueItemView>> items = calls.call(TaskApi.SERVICE, () -> tasks.queue(me.bearer(), null, 100))
                .map(Page::items);
        TemplateInstance page = pages.page(queue).data("items", items);
        return items.ok() ? Response.ok(page).build() : pages.problem(page, items.unavailable());
    }

    @GET
    @Path("/tasks/{id}")
    public Response task(@PathParam("id") String id) {
        Session me = visitor.require(Role.COORDINATOR);
        UUID taskId = Forms.uuid(id);
        if (taskId == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        Result<TaskView> found = calls.call(TaskApi.SERVICE, () -> tasks.task(me.bearer(), taskId));
        TemplateInstance page = taskPage(me, found, null, null);
        if (found.notFound()) {
            return Response.status(Response.Status.NOT_FOUND).entity(page).build();
        }
        return found.ok() ? Response.ok(page).build() : pages.problem(page, found.unavailable());
    }

    /** The decision behind a suggestion: loaded by htmx on its own, so a slow or absent partner-service spoils only this part. */
    @GET
    @Path("/decisions/{id}")
    public TemplateInstance decision(@PathParam("id") UUID id) {
        Session me = visitor.require(Role.COORDINATOR);
        Result<DecisionView> found = calls.call(PartnerApi.SERVICE, () -> partners.decision(me.bearer(), id));
        return pages.page(decision).data("decision", found);
    }

    @POST
    @Path("/tasks/{id}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, @FormParam("partnerId") String partnerId,
                           @FormParam("overrideReason") String overrideReason) {
        Session me = visitor.require(Role.COORDINATOR);
        UUID partner = Forms.uuid(partnerId);
        Result<TaskView> done = calls.call(TaskApi.SERVICE,
                () -> tasks.assign(me.bearer(), id, new AssignRequest(partner, Forms.text(overrideReason))));
        if (done.ok()) {
            return Redirects.seeOther("/coordinator/tasks/" + id);
        }
        Result<TaskView> found = calls.call(TaskApi.SERVICE, () -> tasks.task(me.bearer(), id));
        return pages.problem(taskPage(me, found, new ActionProblem("assign", done), partner), done.unavailable());
    }

    private TemplateInstance taskPage(Session me, Result<TaskView> found, ActionProblem failed, UUID chosen) {
        Result<Page<PartnerView>> active = found.ok() && "OPEN".equals(found.value().status())
                ? calls.call(PartnerApi.SERVICE, () -> partners.partners(me.bearer(), true, 200))
                : Result.of(null, PartnerApi.SERVICE);
        UUID selected = chosen != null ? chosen
                : found.ok() && found.value().suggestedPartner() != null ? found.value().suggestedPartner().id() : null;
        return pages.page(task).data("task", found).data("partners", active).data("failed", failed)
                .data("selected", selected == null ? "" : selected.toString());
    }
}
