package vn.mttq.thidua.attachment;

import org.springframework.modulith.NamedInterface;

import java.io.InputStream;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.audit.Audited;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * Files people attach to a record — a report's evidence, a nomination's dossier, a legal document's PDF — in one
 * place: the limits and the type check ({@link UploadedFile}), the record of the file, its bytes kept apart in its
 * owner's content table, the audit of each addition and removal, the download. The owner checks who may do what
 * and when, then hands the file here, in its own transaction.
 */
@NamedInterface("api")
@Component
public class Attachments {

    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;

    Attachments(JdbcTemplate jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Where an owner keeps the bytes of its files: the table, and the column naming the file. */
    public record Contents(String table, String fileColumn) {
    }

    /** A file as it is handed back: its name, its real type and its bytes. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** Reads and checks a file handed in; a refusal's message key starts with {@code messagePrefix}. */
    public UploadedFile read(String originalName, long size, InputStream content, String messagePrefix) {
        return UploadedFile.read(originalName, size, content, messagePrefix);
    }

    /** Keeps the file's record and its bytes, and audits the addition. */
    public <F extends StoredFile & Audited> F store(F file, JpaRepository<F, Long> files, Contents contents, UploadedFile upload) {
        F saved = files.saveAndFlush(file);
        jdbc.update("insert into " + contents.table() + " (" + contents.fileColumn() + ", bytes) values (?, ?)",
                saved.getId(), upload.bytes());
        auditLog.created(saved);
        return saved;
    }

    /** Removes the file's record and its bytes, and audits the removal. */
    public <F extends StoredFile & Audited> void remove(F file, JpaRepository<F, Long> files, Contents contents) {
        auditLog.record("DELETE", file.auditType(), file.getId(), file.getFileName(), file.auditState(), null);
        jdbc.update("delete from " + contents.table() + " where " + contents.fileColumn() + " = ?", file.getId());
        files.delete(file);
    }

    /** The file with its bytes. */
    public Download download(StoredFile file, Contents contents) {
        List<byte[]> bytes = jdbc.queryForList("select bytes from " + contents.table() + " where "
                + contents.fileColumn() + " = ?", byte[].class, file.getId());
        if (bytes.isEmpty()) {
            throw new NotFoundException(contents.table(), file.getId());
        }
        return new Download(file.getFileName(), file.getContentType(), bytes.get(0));
    }
}
