package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.web.security.Role;
import vn.xkmt.web.security.XkmtUser;

/**
 * Every rule editor endpoint tried by every kind of caller: anonymous, appraiser of Thanh Hóa,
 * appraiser of Lào Cai, policy editor of Thanh Hóa, policy editor of Lào Cai, admin. Only editors
 * of the rule set's province and admins may; the others get 403 (anonymous: the sign-in page).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleEditorAccessTest extends EditorContext {

    enum Who {
        ANONYMOUS(null),
        APPRAISER_TH(new XkmtUser("mx.appraiser.th", "-", true, List.of(Role.APPRAISER), List.of("thanh-hoa"))),
        APPRAISER_LC(new XkmtUser("mx.appraiser.lc", "-", true, List.of(Role.APPRAISER), List.of("lao-cai"))),
        EDITOR_TH(new XkmtUser("mx.editor.th", "-", true, List.of(Role.POLICY_EDITOR), List.of("thanh-hoa"))),
        EDITOR_LC(new XkmtUser("mx.editor.lc", "-", true, List.of(Role.POLICY_EDITOR), List.of("lao-cai"))),
        ADMIN(new XkmtUser("mx.admin", "-", true, List.of(Role.ADMIN), List.of()));

        final XkmtUser user;

        Who(XkmtUser user) {
            this.user = user;
        }

        RequestPostProcessor signIn() {
            return user == null ? r -> r : user(user);
        }
    }

    static final String V = "/rules/thanh-hoa/2024.1";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleWorkspace workspace;

    String record;

    /** One publish of Thanh Hóa to revert (a comment line in the messages). */
    @BeforeAll
    void onePublish() throws Exception {
        String file = "messages_en.properties";
        String text = Files.readString(rules().resolve("thanh-hoa/2024.1/" + file));
        workspace.saveDraft("mx.setup", "thanh-hoa", "2024.1", file, text + "# access matrix\n");
        var outcome = workspace.publish("mx.setup", "thanh-hoa", "2024.1");
        assertThat(outcome.published()).as("%s", outcome).isTrue();
        record = outcome.record().id();
    }

    record Case(String name, Function<RuleEditorAccessTest, AbstractMockHttpServletRequestBuilder<?>> request,
                int... expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                //                                                    anon appr-TH appr-LC ed-TH ed-LC admin
                new Case("GET /rules", t -> get("/rules"), 302, 403, 403, 200, 200, 200),
                new Case("GET /rules/history", t -> get("/rules/history"), 302, 403, 403, 200, 200, 200),
                new Case("GET thanh-hoa version", t -> get(V), 302, 403, 403, 200, 403, 200),
                new Case("GET lao-cai version", t -> get("/rules/lao-cai/2023.1"), 302, 403, 403, 403, 200, 200),
                new Case("GET unknown version", t -> get("/rules/thanh-hoa/1999.9"), 302, 403, 403, 404, 403, 404),
                new Case("GET file", t -> get(V + "/files/parameters.yaml"), 302, 403, 403, 200, 403, 200),
                new Case("GET unknown file", t -> get(V + "/files/none.drl"), 302, 403, 403, 404, 403, 404),
                new Case("POST publish without draft", t -> post(V + "/publish"), 302, 403, 403, 422, 403, 422),
                new Case("POST save file", t -> post(V + "/files/parameters.yaml").param("content", "x: 1\n"),
                        302, 403, 403, 302, 403, 302),
                new Case("POST check", t -> post(V + "/check"), 302, 403, 403, 200, 403, 200),
                new Case("POST impact", t -> post(V + "/impact"), 302, 403, 403, 200, 403, 200),
                new Case("POST discard", t -> post(V + "/discard"), 302, 403, 403, 302, 403, 302),
                new Case("POST revert", t -> post("/rules/history/" + t.record + "/revert"), 302, 403, 403, 302, 403, 302),
                new Case("POST revert unknown", t -> post("/rules/history/none/revert"), 302, 403, 403, 404, 404, 404));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (Who who : Who.values()) {
                out.add(Arguments.of(c, who, c.expected()[who.ordinal()]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyEndpointForEveryCaller(Case c, Who who, int expected) throws Exception {
        mvc.perform(c.request().apply(this).with(who.signIn()).with(csrf())).andExpect(status().is(expected));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(V + "/check").with(Who.EDITOR_TH.signIn())).andExpect(status().isForbidden());
        mvc.perform(post(V + "/files/parameters.yaml").param("content", "x").with(Who.EDITOR_TH.signIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNavigationLinksTheEditorForEditorsAndAdminsOnly() throws Exception {
        String editor = mvc.perform(get("/rulesets").with(Who.EDITOR_TH.signIn())).andReturn().getResponse()
                .getContentAsString();
        String appraiser = mvc.perform(get("/rulesets").with(Who.APPRAISER_TH.signIn())).andReturn().getResponse()
                .getContentAsString();
        assertThat(editor).contains("href=\"/rules\"");
        assertThat(appraiser).doesNotContain("href=\"/rules\"");
    }
}
