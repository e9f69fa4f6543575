package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginServletTest {

    @Test
    void afterLoginStaffReturnToThePageTheyAskedFor() {
        assertThat(LoginServlet.safeNext("/orders/order.xhtml?number=ORD-2026-000001"))
                .isEqualTo("/orders/order.xhtml?number=ORD-2026-000001");
    }

    @Test
    void theLoginNeverSendsAnyoneToAnotherSiteOrBackToItself() {
        assertThat(LoginServlet.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(LoginServlet.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(LoginServlet.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(LoginServlet.safeNext("/login.xhtml?failed=true")).isEqualTo("/");
        assertThat(LoginServlet.safeNext(null)).isEqualTo("/");
    }

    @Test
    void theLoginPageRemembersWhereToGoUnlessItIsTheStartPage() {
        jakarta.servlet.http.HttpServletRequest root =
                org.mockito.Mockito.mock(jakarta.servlet.http.HttpServletRequest.class);
        org.mockito.Mockito.when(root.getContextPath()).thenReturn("");

        assertThat(FormLoginMechanism.loginPage(root, "", "/")).isEqualTo("/login.xhtml");
        assertThat(FormLoginMechanism.loginPage(root, "", "/orders/list.xhtml"))
                .isEqualTo("/login.xhtml?next=%2Forders%2Flist.xhtml");
        assertThat(FormLoginMechanism.loginPage(root, "?failed=true", null)).isEqualTo("/login.xhtml?failed=true");
        assertThat(FormLoginMechanism.loginPage(root, "?failed=true", "/orders/list.xhtml"))
                .isEqualTo("/login.xhtml?failed=true&next=%2Forders%2Flist.xhtml");
    }
}
