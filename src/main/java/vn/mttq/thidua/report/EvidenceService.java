package vn.mttq.thidua.report;

import java.io.InputStream;
import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.attachment.Attachments;
import vn.mttq.thidua.attachment.UploadedFile;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * Evidence files of reports, kept in PostgreSQL with the rest of the record: at most 20 per report and 10 MB
 * each, of the kinds {@link vn.mttq.thidua.attachment.FileType} recognises from the bytes; added and removed while
 * the report can be edited. Only those who may see the report can download them.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    static final Attachments.Contents CONTENTS = new Attachments.Contents("evidence_content", "evidence_file_id");

    private final ReportService reports;
    private final EvidenceFileRepository files;
    private final Attachments attachments;
    private final Clock clock;

    EvidenceService(ReportService reports, EvidenceFileRepository files, Attachments attachments, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.attachments = attachments;
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
        UploadedFile upload = attachments.read(originalName, size, content, "evidence");
        return attachments.store(new EvidenceFile(report, upload, CurrentUser.actorName(), clock.instant()), files,
                CONTENTS, upload);
    }

    @Transactional
    @PreAuthorize("hasRole('AGENCY_REP')")
    public void delete(Long reportId, Long fileId) {
        Report report = reports.getVisible(reportId);
        report.requireEditable();
        attachments.remove(file(report, fileId), files, CONTENTS);
    }

    /** The file and its bytes, if the signed-in user may see the report. */
    public Attachments.Download download(Long reportId, Long fileId) {
        return attachments.download(file(reports.getVisible(reportId), fileId), CONTENTS);
    }

    private EvidenceFile file(Report report, Long fileId) {
        return files.findByIdAndReportId(fileId, report.getId()).orElseThrow(() -> new NotFoundException("EvidenceFile", fileId));
    }
}
