package nl.totalservice.onboarding.portal.coordinator;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.totalservice.onboarding.portal.api.Calls;
import nl.totalservice.onboarding.portal.api.Page;
import nl.totalservice.onboarding.portal.api.PartnerApi;
import nl.totalservice.onboarding.portal.api.PartnerModels.FairnessReport;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerRequest;
import nl.totalservice.onboarding.portal.api.PartnerModels.PartnerView;
import nl.totalservice.onboarding.portal.api.Result;
import nl.totalservice.onboarding.portal.session.Role;
import nl.totalservice.onboarding.portal.session.Session;
import nl.totalservice.onboarding.portal.web.ActionProblem;
import nl.totalservice.onboarding.portal.web.BarChart;
import nl.totalservice.onboarding.portal.web.Pages;
import nl.totalservice.onboarding.portal.web.Redirects;
import nl.totalservice.onboarding.portal.web.Visitor;

import java.util.UUID;

/** The partner registry (list, add, edit with unavailability) and the fairness report. */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
public class PartnerRegistryPages {

    private final Pages pages;
    private final Visitor visitor;
    private final PartnerApi partners;
    private final Calls calls;
    private final Template list;
    private final Template form;
    private final Template fairness;

    public PartnerRegistryPages(Pages pages, Visitor visitor, PartnerApi partners, Calls calls,
                                @Location("coordinator/partners.html") Template list,
                                @Location("coordinator/partner-form.html") Template form,
                                @Location("coordinator/fairness.html") Template fairness) {
        this.pages = pages;
        this.visitor = visitor;
        this.partners = partners;
        this.calls = calls;
        this.list = list;
        this.form = form;
        this.fairness = fairness;
    }

    @GET
    @Path("/partners")
    public Response partners() {
        Session me = visitor.require(Role.COORDINATOR);
        Result<Page<PartnerView>> all = calls.call(PartnerApi.SERVICE, () -> partners.partners(me.bearer(), null, 200));
        TemplateInstance page = pages.page(list).data("partners", all);
        return all.ok() ? Response.ok(page).build() : pages.problem(page, all.unavailable());
    }

    @GET
    @Path("/partners/new")
    public TemplateInstance newPartner() {
        visitor.require(Role.COORDINATOR);
        return formPage(null, PartnerForm.of(null), null);
    }

    @POST
    @Path("/partners/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        Session me = visitor.require(Role.COORDINATOR);
        PartnerRequest request = PartnerForm.read(fields, null);
        Result<PartnerView> done = calls.call(PartnerApi.SERVICE, () -> partners.register(me.bearer(), request));
        if (done.ok()) {
            return Redirects.seeOther("/coordinator/partners");
        }
        return pages.problem(formPage(null, request, new ActionProblem("partner", done)), done.unavailable());
    }

    @GET
    @Path("/partners/{id}")
    public Response edit(@PathParam("id") UUID id) {
        Session me = visitor.require(Role.COORDINATOR);
        Result<PartnerView> found = calls.call(PartnerApi.SERVICE, () -> partners.partner(me.bearer(), id));
        if (!found.ok()) {
            TemplateInstance page = formPage(id, PartnerForm.of(null), new ActionProblem("partner", found));
            return found.notFound() ? Response.status(Response.Status.NOT_FOUND).entity(page).build()
                    : pages.problem(page, found.unavailable());
        }
        return Response.ok(formPage(id, PartnerForm.of(found.value()), null)).build();
    }

    @POST
    @Path("/partners/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replace(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Session me = visitor.require(Role.COORDINATOR);
        Result<PartnerView> found = calls.call(PartnerApi.SERVICE, () -> partners.partner(me.bearer(), id));
        if (!found.ok()) {
            return pages.problem(formPage(id, PartnerForm.read(fields, null), new ActionProblem("partner", found)),
                    found.unavailable());
        }
        PartnerRequest request = PartnerForm.read(fields, found.value());
        Result<PartnerView> done = calls.call(PartnerApi.SERVICE, () -> partners.replace(me.bearer(), id, request));
        if (done.ok()) {
            return Redirects.seeOther("/coordinator/partners");
        }
        return pages.problem(formPage(id, request, new ActionProblem("partner", done)), done.unavailable());
    }

    @GET
    @Path("/fairness")
    public Response fairness() {
        Session me = visitor.require(Role.COORDINATOR);
        Result<FairnessReport> report = calls.call(PartnerApi.SERVICE, () -> partners.fairness(me.bearer()));
        Result<BarChart> chart = report.map(r -> BarChart.of(r.partners().stream()
                .map(p -> new BarChart.Bar(p.name(), p.loadPercent() == null ? 0 : p.loadPercent(),
                        p.activeCustomers() + " + " + p.openAssignments() + " / " + p.capacity()))
                .toList()));
        TemplateInstance page = pages.page(fairness).data("report", report).data("chart", chart);
        return report.ok() ? Response.ok(page).build() : pages.problem(page, report.unavailable());
    }

    private TemplateInstance formPage(UUID id, PartnerRequest values, ActionProblem failed) {
        return pages.page(form).data("id", id).data("p", values).data("failed", failed)
                .data("periods", PartnerForm.periodRows(values));
    }
}
