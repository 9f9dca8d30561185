package nl.totalservice.onboarding.partner.geography;

/** How the centre of a PC4 area was chosen from the rows the file has for it. */
public enum CentroidDerivation {
    /** The file has one row for the postcode: its point. */
    SINGLE_ROW,
    /** Several rows; most of them lie in one municipality: the median of that municipality's rows. */
    MAJORITY_MUNICIPALITY,
    /**
     * Several rows, no majority municipality: the municipality whose rows lie nearest to the
     * neighbouring postcodes (same first three digits), since postcodes are numbered by area.
     */
    NEIGHBOURING_POSTCODES,
    /** No majority and no neighbours to compare with: the median of all rows. */
    MEDIAN_OF_ALL_ROWS
}
