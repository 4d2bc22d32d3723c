package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.UserAccounts;

/** Accounts made by an admin, and the API's OpenAPI document. */
@WebTest
class AdminAndDocsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @LocalServerPort
    int port;

    @Test
    void anAdminCreatesAnAccountThatCanSignInUntilDisabled() throws Exception {
        String name = "new." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/users").param("username", name).param("password", "a-good-password")
                        .param("role", "APPRAISER").param("province", "lao-cai").with(As.ADMIN.signIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(name).orElseThrow().roles()).containsExactly(Role.APPRAISER);
        assertThat(mvc.perform(get("/admin/users").with(As.ADMIN.signIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(name, "lao-cai").doesNotContain("$2a$", "{bcrypt}");

        assertThat(new Http(port).signIn(name, "a-good-password").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        mvc.perform(post("/admin/users/" + name + "/enabled").param("enabled", "false").with(As.ADMIN.signIn()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(new Http(port).signIn(name, "a-good-password").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
    }

    @Test
    void badOrDuplicateAccountsAreRefused() throws Exception {
        mvc.perform(post("/admin/users").param("username", "x").param("password", "short").param("role", "APPRAISER")
                .with(As.ADMIN.signIn()).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users").param("username", "no.province").param("password", "a-good-password")
                .param("role", "APPRAISER").with(As.ADMIN.signIn()).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users").param("username", "admin").param("password", "a-good-password")
                .param("role", "ADMIN").with(As.ADMIN.signIn()).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/admin/users/admin/enabled").param("enabled", "false").with(As.ADMIN.signIn()).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(As.APPRAISER_A.signIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("\"/api/evaluations\"", "\"/api/evaluations/{id}\"", "\"/api/evaluations/{id}/input\"",
                "\"/api/evaluations/{id}/rerun\"", "\"/api/evaluations/{id}/report.xlsx\"", "\"/api/rulesets\"",
                "\"/api/rulesets/{id}\"", "\"scheme\":\"basic\"", "multipart/form-data");
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }
}
