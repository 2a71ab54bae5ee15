package vn.mttq.thidua.attachment;

import org.springframework.modulith.NamedInterface;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.web.Downloads;
import vn.mttq.thidua.web.Forms;

/**
 * What every upload and download page does with a file: an empty choice or a refusal goes back to the owning page
 * with its message ({@code <prefix>.error.*}), a stored file with {@code <prefix>.uploaded}; a download is an
 * attachment of its real type. (A file over the size limit never reaches here: {@code UploadRoutes} sends it back.)
 */
@NamedInterface("api")
public final class AttachmentRequests {

    private AttachmentRequests() {
    }

    /** Stores what the owner's service does with the file. */
    @FunctionalInterface
    public interface Store {
        StoredFile store(String originalName, long size, InputStream content);
    }

    /** Hands the posted file to the owner, and goes back to {@code page} with what happened. */
    public static String upload(MultipartFile file, String messagePrefix, String page, RedirectAttributes redirect,
                                Store owner) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BusinessRuleException(messagePrefix + ".error.empty");
            }
            StoredFile saved = owner.store(file.getOriginalFilename(), file.getSize(), file.getInputStream());
            Forms.flash(redirect, messagePrefix + ".uploaded", saved.getFileName());
        } catch (BusinessRuleException e) {
            Forms.problem(redirect, e);
        }
        return "redirect:" + page;
    }

    public static ResponseEntity<byte[]> download(Attachments.Download file) {
        return Downloads.attachment(file.fileName(), file.contentType(), file.bytes());
    }
}
