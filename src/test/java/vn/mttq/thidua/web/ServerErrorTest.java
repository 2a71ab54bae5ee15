package vn.mttq.thidua.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.mttq.thidua.ThiDuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** An unexpected failure (thrown by {@link FailingController}, which exists in the tests only) is the 500 page of the layout: logged, never a stack trace on the page. */
@ThiDuaTest
class ServerErrorTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;

    @Test
    void anUnexpectedErrorIsThe500Page() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/test-only/failure")
                .with(user(users.loadUserByUsername("staff")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("Đã có lỗi xảy ra").contains("app-header")
                .doesNotContain("secret detail").doesNotContain("IllegalStateException");
    }
}
