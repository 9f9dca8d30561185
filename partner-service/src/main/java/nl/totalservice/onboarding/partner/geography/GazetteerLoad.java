package nl.totalservice.onboarding.partner.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One load of the gazetteer (bundled or a file); the latest says what {@code postcode_area} holds. */
@Entity
@Table(name = "gazetteer_load")
public class GazetteerLoad {

    @Id
    private UUID id;
    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;
    @Column(nullable = false)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    private GazetteerSourceKind sourceKind;
    @Column(name = "data_version")
    private String dataVersion;
    private String attribution;
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

    GazetteerLoad(GazetteerSource source, String checksum, GazetteerSource.Data data, String loadedBy, Instant now) {
        GazetteerFile.Parsed parsed = data.parsed();
        this.id = UUID.randomUUID();
        this.loadedAt = now;
        this.source = source.location();
        this.sourceKind = source.kind();
        this.dataVersion = data.version();
        this.attribution = data.attribution();
        this.checksum = checksum;
        this.rowsRead = parsed.rowsRead();
        this.rowsSkipped = parsed.rowsSkipped();
        this.postcodes = parsed.areas().size();
        String joined = String.join("\n", parsed.problems());
        this.problems = joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 4000));
        this.loadedBy = loadedBy;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public String source() {
        return source;
    }

    public GazetteerSourceKind sourceKind() {
        return sourceKind;
    }

    /** The bundled data's version; null for a file (its checksum identifies it). */
    public String dataVersion() {
        return dataVersion;
    }

    public String attribution() {
        return attribution == null ? GazetteerSource.FILE_ATTRIBUTION : attribution;
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
