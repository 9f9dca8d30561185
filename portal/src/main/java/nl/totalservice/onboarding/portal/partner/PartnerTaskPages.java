package nl.totalservice.onboarding.portal.partner;

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
import nl.totalservice.onboarding.portal.api.TaskModels.CompleteRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.CustomerContactRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.DeclineRequest;
import nl.totalservice.onboarding.portal.api.TaskModels.PortalTaskView;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.web.ActionProblem;
import nl.totalservice.onboarding.portal.web.Forms;
import nl.totalservice.onboarding.portal.web.Pages;
import nl.totalservice.onboarding.portal.web.Redirects;
import nl.totalservice.onboarding.portal.web.TimeLeft;
import nl.totalservice.onboarding.portal.web.Visitor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A partner's pages: its tasks, one task, and the answers to it. task-service decides what is its own. */
@Path("/tasks")
@Produces(MediaType.TEXT_HTML)
public class PartnerTaskPages {

    static final List<String> DECLINE_REASONS = List.of("NO_CAPACITY", "OUTSIDE_REGION", "EXPERTISE_MISMATCH",
            "CONFLICT_OF_INTEREST", "UNAVAILABLE", "OTHER");
    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "MEETING", "VIDEO_CALL");
    static final List<String> OUTCOMES = List.of("CUSTOMER_PROCEEDS", "CUSTOMER_UNDECIDED", "CUSTOMER_NOT_INTERESTED",
            "CUSTOMER_UNREACHABLE", "OTHER");

    private final Pages pages;
    private final Visitor visitor;
    private final TaskApi tasks;
    private final Calls calls;
    private final Clock clock;
    private final Template list;
    private final Template detail;

    public PartnerTaskPages(Pages pages, Visitor visitor, TaskApi tasks, Calls calls, Clock clock,
                            @Location("partner/tasks.html") Template list,
                            @Location("partner/task.html") Template detail) {
        this.pages = pages;
        this.visitor = visitor;
        this.tasks = tasks;
        this.calls = calls;
        this.clock = clock;
        this.list = list;
        this.detail = detail;
    }

    @GET
    public Response tasks() {
        Session me = visitor.require(Role.PARTNER);
        // the new tasks on their own: however many the partner answered before, none is behind the newest page
        Result<Page<PortalTaskView>> waiting = calls.call(TaskApi.SERVICE,
                () -> tasks.myTasks(me.bearer(), PartnerTaskList.NEW, 100));
        Result<Page<PortalTaskView>> recent = waiting.ok()
                ? calls.call(TaskApi.SERVICE, () -> tasks.myTasks(me.bearer(), null, 100)) : waiting;
        Result<PartnerTaskList> mine = recent.map(page -> PartnerTaskList.of(waiting.value().items(), page.items(),
                clock.instant()));
        TemplateInstance page = pages.page(list).data("tasks", mine);
        return mine.ok() ? Response.ok(page).build() : pages.problem(page, mine.unavailable());
    }

    @GET
    @Path("/{id}")
    public Response task(@PathParam("id") String id) {
        Session me = visitor.require(Role.PARTNER);
        UUID taskId = Forms.uuid(id);
        if (taskId == null) {
            return Response.status(Response.Status.NOT_FOUND).entity(taskPage(Result.problem(
                    new nl.totalservice.onboarding.portal.api.Problem(null, null, 404, null, null), TaskApi.SERVICE), null)).build();
        }
        Result<PortalTaskView> task = calls.call(TaskApi.SERVICE, () -> tasks.myTask(me.bearer(), taskId));
        TemplateInstance page = taskPage(task, null);
        if (task.notFound()) {
            return Response.status(Response.Status.NOT_FOUND).entity(page).build();
        }
        return task.ok() ? Response.ok(page).build() : pages.problem(page, task.unavailable());
    }

    @POST
    @Path("/{id}/accept")
    public Response accept(@PathParam("id") UUID id) {
        return act(id, "accept", me -> tasks.accept(me.bearer(), id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, @FormParam("reason") String reason, @FormParam("note") String note) {
        Response answer = act(id, "decline",
                me -> tasks.decline(me.bearer(), id, new DeclineRequest(Forms.text(reason), Forms.text(note))));
        // after a decline the task is no longer the partner's: back to the list
        return answer.getStatus() == Response.Status.SEE_OTHER.getStatusCode() ? Redirects.seeOther("/tasks") : answer;
    }

    @POST
    @Path("/{id}/contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response contact(@PathParam("id") UUID id, @FormParam("channel") String channel, @FormParam("note") String note) {
        return act(id, "contact", me -> tasks.recordContact(me.bearer(), id,
                new CustomerContactRequest(Forms.text(channel), Forms.text(note))));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, @FormParam("outcome") String outcome, @FormParam("note") String note) {
        return act(id, "complete", me -> tasks.complete(me.bearer(), id,
                new CompleteRequest(Forms.text(outcome), Forms.text(note))));
    }

    /** Runs an answer; on success back to the task (POST-redirect-GET), else the task with the problem at the form. */
    private Response act(UUID id, String action, Function<Session, PortalTaskView> call) {
        Session me = visitor.require(Role.PARTNER);
        Result<PortalTaskView> done = calls.call(TaskApi.SERVICE, () -> call.apply(me));
        if (done.ok()) {
            return Redirects.seeOther("/tasks/" + id);
        }
        Result<PortalTaskView> task = calls.call(TaskApi.SERVICE, () -> tasks.myTask(me.bearer(), id));
        return pages.problem(taskPage(task, new ActionProblem(action, done)), done.unavailable());
    }

    private TemplateInstance taskPage(Result<PortalTaskView> task, ActionProblem failed) {
        TimeLeft left = task.ok() ? TimeLeft.until(task.value().acceptBy(), clock.instant()) : null;
        return pages.page(detail).data("task", task).data("timeLeft", left).data("failed", failed)
                .data("declineReasons", DECLINE_REASONS).data("channels", CHANNELS).data("outcomes", OUTCOMES);
    }
}
