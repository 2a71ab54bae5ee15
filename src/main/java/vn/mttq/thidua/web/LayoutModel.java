package vn.mttq.thidua.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice
class LayoutModel {

    private final boolean demo;

    LayoutModel(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    /** With demo data loaded, every page says so, so that nobody takes it for the real record. */
    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }
}
