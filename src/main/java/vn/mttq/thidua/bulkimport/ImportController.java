package vn.mttq.thidua.bulkimport;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.ExcelWriter;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.web.Downloads;
import vn.mttq.thidua.web.Forms;

/** Bulk import for staff and admins: the templates, the upload, the preview with every row's errors, the writing. */
@Controller
@RequestMapping("/import")
class ImportController {

    private final ImportService imports;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ImportController(ImportService imports, MessageSource messages, java.time.Clock clock) {
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("kinds", kinds());
        model.addAttribute("recent", imports.recent());
        return "import/index";
    }

    @PostMapping("/{kind}")
    String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        ImportKind importKind = kind(kind);
        if (file == null || file.isEmpty()) {
            return again(model, importKind, "import.error.noFile", null);
        }
        try {
            ImportBatch batch = imports.check(importKind, file.getOriginalFilename(), file.getBytes());
            return "redirect:/import/batches/" + batch.getId();
        } catch (BusinessRuleException e) {
            Object[] args = e.getArguments();
            return again(model, importKind, e.getMessageKey(), args.length > 0 ? args[0] : null);
        }
    }

    private String again(Model model, ImportKind kind, String key, Object argument) {
        model.addAttribute("fileError", key);
        model.addAttribute("fileErrorArgument", argument);
        model.addAttribute("fileErrorKind", kind);
        return page(model);
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable Long id, Model model) {
        ImportBatch batch = imports.get(id);
        model.addAttribute("batch", batch);
        model.addAttribute("columns", batch.getKind().columns());
        model.addAttribute("rows", batch.getTotal() <= 500 ? imports.rows(batch) : imports.rows(batch).subList(0, 500));
        model.addAttribute("errors", imports.errors(batch));
        model.addAttribute("failure", imports.failure(batch));
        return "import/batch";
    }

    @PostMapping("/batches/{id}/run")
    String run(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            imports.start(id);
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:/import/batches/" + id;
    }

    /** The template of a kind of file: its header row, one example row, and a sheet of the accepted codes. */
    @GetMapping("/templates/{kind}.xlsx")
    void template(@PathVariable String kind, Locale locale, HttpServletResponse response) {
        ImportKind importKind = kind(kind);
        Downloads.stream(response, "mau-nhap-" + importKind.slug() + ".xlsx", Downloads.XLSX, out -> {
            try (ExcelWriter excel = new ExcelWriter(clock.getZone())) {
                int[] widths = importKind.columns().stream().mapToInt(c -> 24).toArray();
                excel.sheet(importKind.slug(), widths)
                        .header(importKind.columns().stream().map(c -> importKind.required(c) ? c + "*" : c).toList())
                        .row((Object[]) messages.getMessage("import.example." + importKind.slug(), null, locale).split("\\|"));
                excel.sheet(messages.getMessage("import.codes", null, locale), 30, 60)
                        .header(List.of(messages.getMessage("import.column", null, locale), messages.getMessage("import.accepted", null, locale)))
                        .row("kind / role", messages.getMessage("import.codes." + importKind.slug(), null, locale))
                        .row("*", messages.getMessage("import.requiredNote", null, locale));
                excel.writeTo(out);
            }
        });
    }

    private List<ImportKind> kinds() {
        return CurrentUser.require().isAdmin() ? List.of(ImportKind.values())
                : List.of(ImportKind.AGENCIES, ImportKind.UNITS, ImportKind.TITLES);
    }

    private static ImportKind kind(String slug) {
        ImportKind kind = ImportKind.ofSlug(slug);
        if (kind == null) {
            throw new NotFoundException("ImportKind", null);
        }
        return kind;
    }
}
