package nl.totalservice.onboarding.platform.web.database;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;
import java.util.UUID;

/** A resource that exists only in this module's tests: each request needs the database, to read or to write. */
@Path("/api/probe/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeRecordResource {

    public record NewRecord(String name) {
    }

    @Inject
    EntityManager entityManager;

    @GET
    public Map<String, Long> count(@QueryParam("name") String name) {
        var query = name == null
                ? entityManager.createQuery("select count(r) from ProbeRecord r", Long.class)
                : entityManager.createQuery("select count(r) from ProbeRecord r where r.name = :name", Long.class)
                        .setParameter("name", name);
        return Map.of("count", query.getSingleResult());
    }

    @POST
    @Transactional
    public Map<String, String> create(NewRecord body) {
        ProbeRecord record = new ProbeRecord();
        record.id = UUID.randomUUID();
        record.name = body.name();
        entityManager.persist(record); // written at commit: a database gone by then fails the commit
        return Map.of("id", record.id.toString());
    }

    /** Writes the row, then waits for the test (which stops the database meanwhile) before it commits. */
    @POST
    @Path("/held")
    @Transactional
    public Map<String, String> createHeld(NewRecord body) throws InterruptedException {
        Map<String, String> created = create(body);
        entityManager.flush();
        HeldCommit.holdBeforeCommit();
        return created;
    }
}
