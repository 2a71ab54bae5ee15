package vn.mttq.thidua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * Evidence files of reports, kept in PostgreSQL with the rest of the record: at most 20 per report and 10 MB
 * each, of the kinds {@link EvidenceType} recognises from the bytes. Only those who may see the report can
 * download them.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ReportService reports;
    private final EvidenceFileRepository files;
    private final EvidenceContentRepository contents;
    private final AuditLog auditLog;
    private final Clock clock;

    EvidenceService(ReportService reports, EvidenceFileRepository files, EvidenceContentRepository contents,
                    AuditLog auditLog, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.contents = contents;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public EvidenceFile upload(Long reportId, String originalName, long size, InputStream content) {
        Report report = reports.getVisible(reportId);
        report.requireEditable();
        if (size <= 0) {
            throw new BusinessRuleException("evidence.error.empty");
        }
        if (size > MAX_BYTES) {
            throw new BusinessRuleException("evidence.error.tooLarge", 10);
        }
        if (files.countByReportId(reportId) >= Report.MAX_EVIDENCE_FILES) {
            throw new BusinessRuleException("evidence.error.tooMany", Report.MAX_EVIDENCE_FILES);
        }
        byte[] bytes = read(content, size);
        String type = EvidenceType.detect(bytes).orElseThrow(() -> new BusinessRuleException("evidence.error.type"));
        EvidenceFile file = files.save(new EvidenceFile(report, safeName(originalName), type, bytes.length, sha256(bytes),
                CurrentUser.actorName(), clock.instant()));
        contents.save(new EvidenceContent(file.getId(), bytes));
        auditLog.created(file);
        return file;
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public void delete(Long reportId, Long fileId) {
        Report report = reports.getVisible(reportId);
        report.requireEditable();
        EvidenceFile file = files.findByIdAndReportId(fileId, report.getId())
                .orElseThrow(() -> new NotFoundException("EvidenceFile", fileId));
        auditLog.record("DELETE", file.auditType(), file.getId(), file.getFileName(), file.auditState(), null);
        contents.deleteById(file.getId());
        files.delete(file);
    }

    /** The file and its bytes, if the signed-in user may see the report. */
    public Download download(Long reportId, Long fileId) {
        Report report = reports.getVisible(reportId);
        EvidenceFile file = files.findByIdAndReportId(fileId, report.getId())
                .orElseThrow(() -> new NotFoundException("EvidenceFile", fileId));
        byte[] bytes = contents.findById(file.getId()).map(EvidenceContent::getBytes)
                .orElseThrow(() -> new NotFoundException("EvidenceContent", fileId));
        return new Download(file.getFileName(), file.getContentType(), bytes);
    }

    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    private static byte[] read(InputStream content, long size) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BusinessRuleException("evidence.error.tooLarge", 10);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name without any folder part, and not longer than the column. */
    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "minh-chung";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
