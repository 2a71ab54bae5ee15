package vn.mttq.thidua.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists in the tests only: a page that fails on purpose, for the 500 page's test. */
@Controller
class FailingController {

    @GetMapping("/test-only/failure")
    String fail() {
        throw new IllegalStateException("a bug with a secret detail");
    }
}
