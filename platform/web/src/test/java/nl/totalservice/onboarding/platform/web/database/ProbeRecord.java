package nl.totalservice.onboarding.platform.web.database;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row only this module's tests write, to need the database in a request. */
@Entity
@Table(name = "probe_record")
public class ProbeRecord {

    @Id
    public UUID id;

    public String name;
}
