package nl.totalservice.onboarding.partner.geography;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One load of the gazetteer file; the latest says what {@code postcode_area} holds. */
@Entity
@Table(name = "gazetteer_load")
public class GazetteerLoad extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;
    @Column(nullable = false)
    private String source;
    @Column(nullable = false)
    private String checksum;
    @Column(name = "rows_read", nullable = false)
    private int rowsRead;
    @Column(name = "rows_skipped", nullable = false)
    private int rowsSkipped;
    @Column(nullable = false)
    private int postcodes;
    private String problems;
    @Column(name = "loaded_by", nullable = false)
    private String loadedBy;

    protected GazetteerLoad() {
    }

    GazetteerLoad(String source, String checksum, GazetteerFile.Parsed parsed, String loadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.loadedAt = now;
        this.source = source;
        this.checksum = checksum;
        this.rowsRead = parsed.rowsRead();
        this.rowsSkipped = parsed.rowsSkipped();
        this.postcodes = parsed.areas().size();
        String joined = String.join("\n", parsed.problems());
        this.problems = joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 4000));
        this.loadedBy = loadedBy;
    }

    static Optional<GazetteerLoad> latest() {
        return find("order by loadedAt desc").firstResultOptional();
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String source() {
        return source;
    }

    public String checksum() {
        return checksum;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int rowsSkipped() {
        return rowsSkipped;
    }

    public int postcodes() {
        return postcodes;
    }

    public String problems() {
        return problems;
    }

    public String loadedBy() {
        return loadedBy;
    }
}
