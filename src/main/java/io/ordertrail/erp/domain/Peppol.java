package io.ordertrail.erp.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a document in the PEPPOL BIS 3 ordering profile was sent, as its answer must repeat it: the profile
 * (ProfileID), the buyer's electronic address (EndpointID as {@code scheme:value}, for example {@code 0088:7300070011115}),
 * the document's currency, the warnings of the PEPPOL rules it broke without being refused, and whether it is answered
 * in the profile: only a partner that speaks PEPPOL BIS is, so that no partner gets answers in a profile it did not
 * choose (a plain UBL partner's PEPPOL document is checked by the rules, and answered in plain UBL).
 */
public record Peppol(
        String profileId, String buyerEndpoint, String currency, List<String> warnings, boolean answeredInProfile) {

    /** The profile of ordering: an Order answered by an Order Response (T76). */
    public static final String ORDERING = "urn:fdc:peppol.eu:poacc:bis:ordering:3";
    /** The profile of advanced ordering: orders, changes and cancellations answered by T116. */
    public static final String ADVANCED_ORDERING = "urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3";

    /** An identifier as a PEPPOL document names it: a four-digit scheme, a colon, the value. */
    public static final Pattern SCHEMED_ID = Pattern.compile("([0-9]{4}):(.+)");

    public Peppol {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether the answer is an Order Response Advanced (T116) rather than an Order Response (T76). */
    public boolean advanced() {
        return ADVANCED_ORDERING.equals(profileId);
    }

    /** The same, for an answer about an order whose first document came in this profile. */
    public static Peppol of(String profileId, String buyerEndpoint, String currency) {
        return new Peppol(profileId, buyerEndpoint, currency, List.of(), true);
    }

    /** The same, with the rules' warnings. */
    public Peppol warned(List<String> warnings) {
        return new Peppol(profileId, buyerEndpoint, currency, warnings, answeredInProfile);
    }
}
