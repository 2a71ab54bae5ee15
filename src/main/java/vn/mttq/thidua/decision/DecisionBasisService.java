package vn.mttq.thidua.decision;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.shared.NotFoundException;
import vn.mttq.thidua.shared.Versions;

/**
 * The legal documents decisions are based on, kept by the admin as data; a decision's citations are those in
 * force on its date for its kind, in their order.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class DecisionBasisService {

    /** The line after the citations, before "QUYẾT ĐỊNH:". */
    static final String PROPOSAL = "Xét đề nghị của Hội đồng Thi đua - Khen thưởng,";

    private final DecisionBasisRepository documents;
    private final AuditLog auditLog;

    DecisionBasisService(DecisionBasisRepository documents, AuditLog auditLog) {
        this.documents = documents;
        this.auditLog = auditLog;
    }

    public List<DecisionBasis> all() {
        return documents.findAllOrdered();
    }

    public DecisionBasis get(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("DecisionBasis", id));
    }

    /** The documents a decision of that kind and date cites. */
    public List<DecisionBasis> inForce(DecisionKind kind, LocalDate on) {
        return documents.findAllOrdered().stream().filter(d -> d.citedBy(kind, on)).toList();
    }

    /** The legal basis a new decision of that kind and date starts with: one citation per line, then the proposal. */
    public String citations(DecisionKind kind, LocalDate on) {
        StringBuilder text = new StringBuilder();
        inForce(kind, on).forEach(d -> text.append(d.citation()).append('\n'));
        return text.append(PROPOSAL).toString();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DecisionBasis create(DecisionBasisDetails form) {
        DecisionBasis basis = new DecisionBasis(form.title().trim());
        apply(basis, form);
        documents.save(basis);
        auditLog.created(basis);
        return basis;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public DecisionBasis update(Long id, DecisionBasisDetails form, Long version) {
        DecisionBasis basis = get(id);
        Versions.check(DecisionBasis.class, id, basis.getVersion(), version);
        Map<String, Object> before = basis.auditState();
        apply(basis, form);
        auditLog.changed("UPDATE", basis, before);
        return basis;
    }

    private static void apply(DecisionBasis basis, DecisionBasisDetails form) {
        basis.describe(form.title().trim(), blankToNull(form.number()), form.issuedOn(),
                blankToNull(form.description()), form.inForceFrom(), form.inForceUntil(), form.kinds(),
                form.sortOrder());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
