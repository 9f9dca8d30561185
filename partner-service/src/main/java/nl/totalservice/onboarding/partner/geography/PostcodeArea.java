package nl.totalservice.onboarding.partner.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;

/** A PC4 area as loaded from the gazetteer: one centre, its place, municipality and province. */
@Entity
@Table(name = "postcode_area")
public class PostcodeArea {

    static final String IGNORED_SEPARATOR = "; ";

    @Id
    private String pc4;
    @Column(nullable = false)
    private String place;
    private String municipality;
    @Column(name = "municipality_code")
    private String municipalityCode;
    private String province;
    @Column(nullable = false)
    private double latitude;
    @Column(nullable = false)
    private double longitude;
    @Column(name = "source_rows", nullable = false)
    private int sourceRows;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CentroidDerivation derivation;
    @Column(name = "ignored_places")
    private String ignoredPlaces;

    protected PostcodeArea() {
    }

    public PostcodeCentroid toCentroid() {
        List<String> ignored = ignoredPlaces == null || ignoredPlaces.isEmpty() ? List.of()
                : Arrays.asList(ignoredPlaces.split(IGNORED_SEPARATOR));
        return new PostcodeCentroid(pc4, place, municipality, municipalityCode, province,
                new GeoPoint(latitude, longitude), sourceRows, derivation, ignored);
    }
}
