package io.ordertrail.catalog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A GS1 trade item number as buyers write it: GTIN-8, -12, -13 or -14, the shorter ones the same number as the
 * GTIN-14 with leading zeros (PEPPOL documents send GTIN-14, {@code 01234567890123}; a product on record may have
 * its GTIN-13, {@code 1234567890123}).
 */
public final class Gtin {

    private static final int[] LENGTHS = {8, 12, 13, 14};

    private Gtin() {}

    /** The number as a GTIN-14, or null when it is not 8, 12, 13 or 14 digits. */
    public static String normalised(String gtin) {
        if (gtin == null) {
            return null;
        }
        String digits = gtin.trim();
        if (!digits.matches("[0-9]{8}|[0-9]{12,14}")) {
            return null;
        }
        return "0".repeat(14 - digits.length()) + digits;
    }

    /**
     * Every way the same number may be written as a GTIN (GTIN-14 first, then the shorter forms its leading zeros
     * allow); just the text itself when it is not a GTIN.
     */
    public static List<String> forms(String gtin) {
        String fourteen = normalised(gtin);
        if (fourteen == null) {
            return gtin == null ? List.of() : List.of(gtin.trim());
        }
        List<String> forms = new ArrayList<>();
        for (int i = LENGTHS.length - 1; i >= 0; i--) {
            int strip = 14 - LENGTHS[i];
            if (fourteen.substring(0, strip).chars().allMatch(c -> c == '0')) {
                forms.add(fourteen.substring(strip));
            }
        }
        return forms;
    }
}
