package vn.mttq.thidua.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.mttq.thidua.security.CurrentUser;

@Controller
class HomeController {

    private final Dashboard dashboard;

    HomeController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", dashboard.homeOf(CurrentUser.require()));
        
        return "home";
    }
}
