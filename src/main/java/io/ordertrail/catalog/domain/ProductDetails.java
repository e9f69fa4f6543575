package io.ordertrail.catalog.domain;

import static io.ordertrail.platform.InputRejected.checkLength;

import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A product as staff describe it on the products page, and what is wrong with that. */
public record ProductDetails(String code, String name, String unitCode, String gtin, boolean active) {

    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{1,3}");

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            problems.add(new Problem("code", Phrase.of("problem.code")));
        }
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", Phrase.of("problem.name")));
        }
        checkLength(problems, "name", Phrase.of("what.name"), name, MAX_NAME);
        if (unitCode == null || !UNIT.matcher(unitCode.trim()).matches()) {
            problems.add(new Problem("unitCode", Phrase.of("problem.unitCode")));
        }
        if (gtin != null && !gtin.isBlank() && !isGtin(gtin.trim())) {
            problems.add(new Problem("gtin", Phrase.of("problem.product.notAGtin", String.valueOf(gtin.trim()))));
        }
        return problems;
    }

    /** Whether the text is a GS1 GTIN (8, 12, 13 or 14 digits) with a valid check digit. */
    public static boolean isGtin(String s) {
        if (s == null || !s.matches("[0-9]{8}|[0-9]{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = s.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (s.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == s.charAt(s.length() - 1) - '0';
    }
}
