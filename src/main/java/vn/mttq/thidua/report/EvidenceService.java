package vn.mttq.thidua.report;

import java.io.InputStream;
import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.UploadedFile;

/**
 * Evidence files of reports, kept in PostgreSQL with the rest of the record: at most 20 per report and 10 MB
 * each, of the kinds {@link vn.mttq.thidua.shared.FileType} recognises from the bytes. Only those who may see the report can
 * download them.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

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
        if (files.countByReportId(reportId) >= Report.MAX_EVIDENCE_FILES) {
            throw new BusinessRuleException("evidence.error.tooMany", Report.MAX_EVIDENCE_FILES);
        }
        UploadedFile upload = UploadedFile.read(originalName, size, content, "evidence");
        EvidenceFile file = files.save(new EvidenceFile(report, upload, CurrentUser.actorName(), clock.instant()));
        contents.save(new EvidenceContent(file.getId(), upload.bytes()));
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



}
