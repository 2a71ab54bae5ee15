package vn.mttq.thidua.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.mttq.thidua.security.CurrentUser;

@Controller
class HomeController {

    private final Dashboard dashboard;

    HomeController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String campaign, Model model) {
        model.addAttribute("home", dashboard.homeOf(CurrentUser.require(), campaign));
        return "home";
    }
}
