package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every page names its roles: each demo user reaches their role's pages and gets 403 on the others. */
@Order(2)
class RoleAccessIT {

    /**
     * One signed-in session per demo user for the table of pages: what it checks is each page's roles, and a sign-in
     * (PBKDF2, half a second on the test server) for each of its rows was most of its time.
     */
    private static final Map<String, HttpSession> SIGNED_IN = new HashMap<>();

    @ParameterizedTest(name = "{0} gets {2} on {1}")
    @CsvSource({
        "sales,       /orders/new.xhtml,            200",
        "sales,       /orders/list.xhtml,           200",
        "sales,       /orders/confirmations.xhtml,  200",
        "inventory,   /orders/confirmations.xhtml,  403",
        "sales,       /inventory/handovers.xhtml,   403",
        "sales,       /fulfillment/handovers.xhtml, 403",
        "sales,       /admin/users.xhtml,           403",
        "inventory,   /inventory/handovers.xhtml,   200",
        "inventory,   /orders/new.xhtml,            403",
        "inventory,   /fulfillment/handovers.xhtml, 403",
        "inventory,   /admin/users.xhtml,           403",
        "fulfillment, /fulfillment/handovers.xhtml, 200",
        "fulfillment, /orders/list.xhtml,           403",
        "fulfillment, /inventory/handovers.xhtml,   403",
        "manager,     /orders/list.xhtml,           200",
        "manager,     /review/escalations.xhtml,    200",
        "admin,       /admin/erp-rejections.xhtml,  200",
        "sales,       /admin/erp-rejections.xhtml,  403",
        "sales,       /review/escalations.xhtml,    403",
        "inventory,   /review/escalations.xhtml,    403",
        "sales,       /orders/amend.xhtml,          200",
        "inventory,   /orders/amend.xhtml,          403",
        "manager,     /inventory/handovers.xhtml,   200",
        "manager,     /fulfillment/handovers.xhtml, 200",
        "manager,     /admin/users.xhtml,           403",
        "admin,       /admin/users.xhtml,           200",
        "admin,       /admin/dead-letters.xhtml,    200",
        "manager,     /admin/dead-letters.xhtml,    403",
        "inventory,   /admin/dead-letters.xhtml,    403",
        "admin,       /admin/import.xhtml,          200",
        "admin,       /admin/tax-categories.xhtml,  200",
        "manager,     /admin/tax-categories.xhtml,  403",
        "sales,       /admin/import.xhtml,          403",
        "admin,       /orders/new.xhtml,            403",
        "admin,       /inventory/handovers.xhtml,   403",
        "inventory,   /inventory/stock.xhtml,       200",
        "manager,     /inventory/stock.xhtml,       200",
        "sales,       /inventory/stock.xhtml,       403",
        "sales,       /account.xhtml,               200",
        "fulfillment, /account.xhtml,               200",
        "sales,       /attachments/1,               404",
        "admin,       /attachments/1,               403",
        "sales,       /customers/list.xhtml,        200",
        "admin,       /customers/list.xhtml,        200",
        "inventory,   /customers/list.xhtml,        403",
        "fulfillment, /customers/customer.xhtml,    403",
        "manager,     /catalog/products.xhtml,      200",
        "admin,       /catalog/products.xhtml,      200",
        "sales,       /catalog/products.xhtml,      403",
        "inventory,   /catalog/products.xhtml,      403",
        "manager,     /records/audit.xhtml,         200",
        "admin,       /records/audit.xhtml,         200",
        "sales,       /records/audit.xhtml,         403",
    })
    void eachRoleSeesOnlyItsOwnPages(String user, String page, int expectedStatus) throws Exception {
        HttpSession session = SIGNED_IN.get(user);
        if (session == null) {
            session = signedIn(user);
            SIGNED_IN.put(user, session);
        }

        HttpResponse<String> response = session.get(page);

        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        if (expectedStatus == 403) {
            assertThat(response.body())
                    .contains("You do not have access to this page")
                    .as("no stack trace reaches the user")
                    .doesNotContain("at io.ordertrail.", "java.lang.");
        }
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = new HttpSession(SharedOrdertrail.baseUri()).get("/orders/new.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?next=%2Forders%2Fnew.xhtml"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
        session.signIn("sales", "not-the-password");

        HttpResponse<String> afterwards = session.get("/orders/new.xhtml");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(session.get("/login.xhtml?failed=true").body()).contains("Wrong user name or password");
    }

    @Test
    void aPageNobodyWasGrantedIsDenied() throws Exception {
        HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
        session.signIn("manager", "demo");

        assertThat(session.get("/some-page-nobody-mapped.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
        HttpResponse<String> loginPage = session.get("/login.xhtml");
        HttpResponse<String> api = session.get("/api/products");

        for (HttpResponse<String> response : java.util.List.of(loginPage, api)) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(String.join(", ", loginPage.headers().allValues("Content-Security-Policy")))
                .contains("object-src 'none'")
                .contains("form-action 'self'");
        assertThat(loginPage.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        for (HttpResponse<String> response : java.util.List.of(loginPage, api)) {
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
            assertThat(response.headers().firstValue("Server"))
                    .hasValueSatisfying(server -> assertThat(server).doesNotContainPattern("[0-9]"));
        }
    }

    @Test
    void aPageRunsOnlyTheScriptsItsContentSecurityPolicyNonceAllows() throws Exception {
        HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
        session.signIn("sales", "demo");
        HttpResponse<String> page = session.get("/orders/new.xhtml");

        String scriptPolicy = page.headers().allValues("Content-Security-Policy").stream()
                .filter(policy -> policy.contains("script-src"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no script-src policy on the page"));
        Matcher nonceInPolicy = Pattern.compile("'nonce-([^']+)'").matcher(scriptPolicy);
        assertThat(nonceInPolicy.find()).as(scriptPolicy).isTrue();
        assertThat(scriptPolicy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");

        Matcher inlineScripts =
                Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (inlineScripts.find()) {
            inline++;
            assertThat(inlineScripts.group(1)).contains("nonce=\"" + nonceInPolicy.group(1) + "\"");
        }
        assertThat(inline).as("the page has inline scripts to check").isPositive();
        assertThat(page.body()).doesNotContainPattern("\\son(click|keydown|change|submit)=\"");
    }

    @Test
    void metricsAreNotShownToAnyone() throws Exception {
        HttpResponse<String> metrics = new HttpSession(SharedOrdertrail.baseUri()).get("/metrics");

        assertThat(metrics.statusCode()).isNotEqualTo(200);
        assertThat(metrics.body()).doesNotContain("# TYPE").doesNotContain("connection_pool");
    }

    @Test
    void aFlagInTheAddressThatIsNoneOfOursIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> list = signedIn("sales").get("/orders/list.xhtml?flag=NO_SUCH_FLAG");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("There is no flag NO_SUCH_FLAG: choose one from the Flag list.");
    }

    private static HttpSession signedIn(String user) throws Exception {
        HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
        assertThat(session.signIn(user, "demo")).isEqualTo(302);
        return session;
    }
}
