package nl.totalservice.onboarding.portal.sales;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.totalservice.onboarding.portal.api.Calls;
import nl.totalservice.onboarding.portal.api.LeadApi;
import nl.totalservice.onboarding.portal.api.LeadModels.Address;
import nl.totalservice.onboarding.portal.api.LeadModels.Contact;
import nl.totalservice.onboarding.portal.api.LeadModels.InterestReport;
import nl.totalservice.onboarding.portal.api.LeadModels.InterestRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadRequest;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadSummaryView;
import nl.totalservice.onboarding.portal.api.LeadModels.LeadView;
import nl.totalservice.onboarding.portal.api.LeadModels.ReferenceData;
import nl.totalservice.onboarding.portal.api.LeadModels.Timeline;
import nl.totalservice.onboarding.portal.api.Page;
import nl.totalservice.onboarding.portal.api.Result;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.web.ActionProblem;
import nl.totalservice.onboarding.portal.web.BarChart;
import nl.totalservice.onboarding.portal.web.Forms;
import nl.totalservice.onboarding.portal.web.Pages;
import nl.totalservice.onboarding.portal.web.Redirects;
import nl.totalservice.onboarding.portal.web.Visitor;

import java.util.List;
import java.util.UUID;

/** Sales: register a lead, my leads, a lead (interest, timeline, onboarding checklist), the interest report. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LeadPages {

    static final List<String> SOURCES = List.of("PHONE", "WEBSITE", "EMAIL", "EVENT", "PARTNER_REFERRAL", "CAMPAIGN",
            "EXISTING_CUSTOMER", "OTHER");

    private final Pages pages;
    private final Visitor visitor;
    private final LeadApi leads;
    private final Calls calls;
    private final OnboardingActions onboarding;
    private final Template list;
    private final Template form;
    private final Template detail;
    private final Template report;

    public LeadPages(Pages pages, Visitor visitor, LeadApi leads, Calls calls, OnboardingActions onboarding,
                     @Location("sales/leads.html") Template list, @Location("sales/lead-form.html") Template form,
                     @Location("sales/lead.html") Template detail, @Location("sales/interest.html") Template report) {
        this.pages = pages;
        this.visitor = visitor;
        this.leads = leads;
        this.calls = calls;
        this.onboarding = onboarding;
        this.list = list;
        this.form = form;
        this.detail = detail;
        this.report = report;
    }

    @GET
    @Path("leads")
    public Response leads() {
        Session me = visitor.require(Role.SALES);
        Result<Page<LeadSummaryView>> mine = calls.call(LeadApi.SERVICE, () -> leads.leads(me.bearer(), 100));
        TemplateInstance page = pages.page(list).data("leads", mine);
        return mine.ok() ? Response.ok(page).build() : pages.problem(page, mine.unavailable());
    }

    @GET
    @Path("leads/new")
    public TemplateInstance newLead() {
        visitor.require(Role.SALES);
        return formPage(new LeadRequest(null, null, new Contact(null, null, null), new Address(null, null, null, null),
                "PHONE"), null);
    }

    @POST
    @Path("leads/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        Session me = visitor.require(Role.SALES);
        LeadRequest request = new LeadRequest(Forms.text(fields.getFirst("companyName")),
                Forms.text(fields.getFirst("kvkNumber")),
                new Contact(Forms.text(fields.getFirst("contact.name")), Forms.text(fields.getFirst("contact.email")),
                        Forms.text(fields.getFirst("contact.phone"))),
                new Address(Forms.text(fields.getFirst("address.street")), Forms.text(fields.getFirst("address.houseNumber")),
                        Forms.text(fields.getFirst("address.postcode")), Forms.text(fields.getFirst("address.city"))),
                Forms.text(fields.getFirst("source")));
        Result<LeadView> done = calls.call(LeadApi.SERVICE, () -> leads.register(me.bearer(), request));
        if (done.ok()) {
            return Redirects.seeOther("/leads/" + done.value().id());
        }
        return pages.problem(formPage(request, new ActionProblem("lead", done)), done.unavailable());
    }

    @GET
    @Path("leads/{id}")
    public Response lead(@PathParam("id") String id) {
        Session me = visitor.require(Role.SALES);
        UUID leadId = Forms.uuid(id);
        if (leadId == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return leadPage(me, leadId, null);
    }

    @POST
    @Path("leads/{id}/interest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response interest(@PathParam("id") UUID id, @FormParam("interested") String interested,
                             @FormParam("reason") String reason, @FormParam("note") String note) {
        Session me = visitor.require(Role.SALES);
        Boolean answer = interested == null ? null : Boolean.valueOf(interested);
        Result<LeadView> done = calls.call(LeadApi.SERVICE, () -> leads.recordInterest(me.bearer(), id,
                new InterestRequest(answer, Boolean.TRUE.equals(answer) ? null : Forms.text(reason), Forms.text(note))));
        return done.ok() ? Redirects.seeOther("/leads/" + id) : leadPage(me, id, new ActionProblem("interest", done));
    }

    @POST
    @Path("leads/{id}/onboarding/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboardingStep(@PathParam("id") UUID id, @PathParam("step") String step,
                                   MultivaluedMap<String, String> fields) {
        Session me = visitor.require(Role.SALES);
        Result<LeadView> done = onboarding.apply(me, id, step, fields);
        return done.ok() ? Redirects.seeOther("/leads/" + id) : leadPage(me, id, new ActionProblem(step, done));
    }

    @GET
    @Path("reports/interest")
    public Response interestReport() {
        Session me = visitor.require(Role.SALES);
        Result<InterestReport> found = calls.call(LeadApi.SERVICE, () -> leads.interestReport(me.bearer()));
        Result<BarChart> chart = found.map(r -> {
            List<BarChart.Bar> bars = new java.util.ArrayList<>();
            bars.add(new BarChart.Bar("interested", r.interested(), Long.toString(r.interested())));
            r.byReason().stream().filter(c -> c.count() > 0)
                    .forEach(c -> bars.add(new BarChart.Bar(c.label() != null ? c.label() : c.reason(), c.count(),
                            Long.toString(c.count()))));
            return BarChart.ofCounts(bars);
        });
        TemplateInstance page = pages.page(report).data("report", found).data("chart", chart);
        return found.ok() ? Response.ok(page).build() : pages.problem(page, found.unavailable());
    }

    private Response leadPage(Session me, UUID id, ActionProblem failed) {
        Result<LeadView> lead = calls.call(LeadApi.SERVICE, () -> leads.lead(me.bearer(), id));
        Result<Timeline> timeline = calls.call(LeadApi.SERVICE, () -> leads.timeline(me.bearer(), id));
        Result<ReferenceData> reference = calls.call(LeadApi.SERVICE, () -> leads.referenceData(me.bearer()));
        TemplateInstance page = pages.page(detail).data("lead", lead).data("timeline", timeline)
                .data("reference", reference).data("failed", failed);
        if (lead.notFound()) {
            return Response.status(Response.Status.NOT_FOUND).entity(page).build();
        }
        if (failed != null) {
            return pages.problem(page, failed.unavailable());
        }
        return lead.ok() ? Response.ok(page).build() : pages.problem(page, lead.unavailable());
    }

    private TemplateInstance formPage(LeadRequest values, ActionProblem failed) {
        return pages.page(form).data("l", values).data("failed", failed).data("sources", SOURCES);
    }
}
