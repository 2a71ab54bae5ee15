package vn.mttq.thidua.bulkimport;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.mttq.thidua.account.AccountDetails;
import vn.mttq.thidua.account.AccountService;
import vn.mttq.thidua.agency.Agency;
import vn.mttq.thidua.agency.AgencyDetails;
import vn.mttq.thidua.agency.AgencyKind;
import vn.mttq.thidua.agency.AgencyService;
import vn.mttq.thidua.agency.UnitDetails;
import vn.mttq.thidua.agency.UnitKind;
import vn.mttq.thidua.agency.UnitService;
import vn.mttq.thidua.audit.AuditLog;
import vn.mttq.thidua.security.CurrentUser;
import vn.mttq.thidua.security.Role;
import vn.mttq.thidua.shared.BusinessRuleException;
import vn.mttq.thidua.shared.NotFoundException;

/**
 * A file's life: read and checked into a batch (nothing written), then — when no row has an error — written in one
 * transaction in the background, its progress recorded every few rows where the page can see it; any refusal while
 * writing rolls everything back and says which row.
 */
@Service
public class ImportService {

    /** How long a batch being written may go without a heartbeat before it is taken for abandoned. */
    static final java.time.Duration STALE = java.time.Duration.ofMinutes(1);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportService.class);

    private static final int PROGRESS_EVERY = 25;

    private final ImportBatchRepository batches;
    private final ImportChecks checks;
    private final AgencyService agencies;
    private final UnitService units;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final TaskExecutor executor;
    private final TransactionTemplate writing;
    private final TransactionTemplate aside;
    private final Clock clock;
    private final vn.mttq.thidua.eligibility.TitleBook titleBook;

    ImportService(ImportBatchRepository batches, ImportChecks checks, AgencyService agencies, UnitService units,
                  AccountService accounts, vn.mttq.thidua.eligibility.TitleBook titleBook, AuditLog auditLog, JsonMapper json,
                  @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
                  PlatformTransactionManager transactions, Clock clock) {
        this.batches = batches;
        this.titleBook = titleBook;
        this.checks = checks;
        this.agencies = agencies;
        this.units = units;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.json = json;
        this.executor = executor;
        this.writing = new TransactionTemplate(transactions);
        this.aside = new TransactionTemplate(transactions);
        this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Reads and checks a file; the batch holds its rows and every error found. Nothing of the file is written. */
    @Transactional
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public ImportBatch check(ImportKind kind, String fileName, byte[] bytes) {
        requireAllowed(kind);
        List<ImportFile.Line> lines = ImportFile.read(bytes, kind);
        if (lines.isEmpty()) {
            throw new BusinessRuleException("import.error.noRows");
        }
        List<ImportChecks.RowError> errors = checks.check(kind, lines);
        ImportBatch batch = batches.save(new ImportBatch(kind, fileName == null ? "" : fileName, CurrentUser.actorName(),
                clock.instant(), lines.size(), json.writeValueAsString(lines), json.writeValueAsString(errors)));
        auditLog.record("UPLOAD", "ImportBatch", batch.getId(), kind + " " + batch.getFileName(), null,
                Map.of("rows", lines.size(), "errors", errors.size()));
        return batch;
    }

    /** A batch of the signed-in person's (an admin sees every batch). */
    @Transactional(readOnly = true)
    public ImportBatch get(Long id) {
        CurrentUser user = CurrentUser.require();
        return batches.findById(id).filter(b -> user.isAdmin() || b.getCreatedBy().equalsIgnoreCase(user.getUsername()))
                .orElseThrow(() -> new NotFoundException("ImportBatch", id));
    }

    @Transactional(readOnly = true)
    public List<ImportBatch> recent() {
        return batches.findTop10ByCreatedByOrderByCreatedAtDesc(CurrentUser.actorName());
    }

    public List<ImportFile.Line> rows(ImportBatch batch) {
        return json.readValue(batch.getRowsJson(), new TypeReference<List<ImportFile.Line>>() { });
    }

    public List<ImportChecks.RowError> errors(ImportBatch batch) {
        return json.readValue(batch.getErrorsJson(), new TypeReference<List<ImportChecks.RowError>>() { });
    }

    /** The error that stopped the writing, if it failed. */
    public ImportChecks.RowError failure(ImportBatch batch) {
        return batch.getFailure() == null ? null : json.readValue(batch.getFailure(), ImportChecks.RowError.class);
    }

    /**
     * Starts writing a checked batch without errors, once (a second click, or a stale page, finds it no longer
     * checked); the writing goes on in the background as the same person.
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void start(Long id) {
        ImportBatch batch = get(id);
        requireAllowed(batch.getKind());
        Integer claimed = aside.execute(s -> batches.claim(id, clock.instant()));
        if (claimed == null || claimed == 0) {
            throw new BusinessRuleException("import.error.notReady");
        }
        executor.execute(new DelegatingSecurityContextRunnable(() -> write(batch.getId())));
    }

    /** Writes every row in one transaction; records the progress aside; all or nothing. */
    void write(Long id) {
        ImportBatch batch = aside.execute(s -> batches.findById(id).orElseThrow());
        List<ImportFile.Line> lines = rows(batch);
        int[] at = {0};
        try {
            writing.executeWithoutResult(s -> {
                Writer writer = new Writer(batch.getKind());
                for (int i = 0; i < lines.size(); i++) {
                    ImportFile.Line line = lines.get(i);
                    at[0] = line.number();
                    writer.write(line.cells());
                    int done = i + 1;
                    if (done % PROGRESS_EVERY == 0) {
                        aside.executeWithoutResult(p -> batches.progress(id, done, clock.instant()));
                    }
                }
                auditLog.record("IMPORT_FILE", "ImportBatch", id, batch.getKind() + " " + batch.getFileName(), null,
                        Map.of("rows", lines.size()));
            });
            aside.executeWithoutResult(s -> {
                batches.progress(id, lines.size(), clock.instant());
                batches.finish(id, ImportBatch.Status.DONE, null, clock.instant());
            });
        } catch (BusinessRuleException e) {
            Object[] args = e.getArguments();
            fail(id, new ImportChecks.RowError(at[0], e.getField(), e.getMessageKey(), args.length > 0 ? String.valueOf(args[0]) : null));
        } catch (RuntimeException e) {
            fail(id, new ImportChecks.RowError(at[0], null, "import.error.writing", null));
            throw e;
        }
    }

    /**
     * On start, a batch left being written by an instance that stopped — no heartbeat for {@link #STALE} — is marked
     * interrupted, with the message that nothing of it was written (its one transaction rolled back with the stop),
     * and can be started again. A batch another instance is writing has a fresh heartbeat and is left alone.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public int interruptedByAStop() {
        String failure = json.writeValueAsString(new ImportChecks.RowError(0, null, "import.error.interrupted", null));
        int interrupted = aside.execute(s -> batches.interruptStale(clock.instant().minus(STALE), failure, clock.instant()));
        if (interrupted > 0) {
            log.warn("{} import batch(es) left being written by a stopped instance marked interrupted", interrupted);
        }
        return interrupted;
    }

    private void fail(Long id, ImportChecks.RowError error) {
        aside.executeWithoutResult(s -> batches.finish(id, ImportBatch.Status.FAILED, json.writeValueAsString(error),
                clock.instant()));
    }

    private static void requireAllowed(ImportKind kind) {
        if (kind.adminOnly() && !CurrentUser.require().isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("accounts are imported by an admin");
        }
    }

    /** Writes rows through the services, resolving names to what exists or what earlier rows created. */
    private final class Writer {

        private final ImportKind kind;
        private final ImportChecks.Lookups lookups;
        private final Map<String, Long> created = new HashMap<>();

        Writer(ImportKind kind) {
            this.kind = kind;
            this.lookups = checks.lookups();
        }

        void write(Map<String, String> row) {
            switch (kind) {
                case AGENCIES -> {
                    Agency agency = agencies.create(new AgencyDetails(checks.code(AgencyKind.class, "agency.kind.", row.get("kind")),
                            row.get("name"), blank(row.get("short_name")), agencyId(row.get("parent")),
                            row.get("cluster").isBlank() ? null : lookups.clusters().get(ImportChecks.key(row.get("cluster"))).getId(),
                            blank(row.get("address")), blank(row.get("phone")), blank(row.get("email")), blank(row.get("contact_person"))));
                    created.put(ImportChecks.key(agency.getName()), agency.getId());
                    if (agency.getShortName() != null) {
                        created.putIfAbsent(ImportChecks.key(agency.getShortName()), agency.getId());
                    }
                }
                case UNITS -> units.register(agencyId(row.get("agency")), new UnitDetails(row.get("name"),
                        lookups.areas().get(row.get("content_area").trim()).getId(),
                        checks.code(UnitKind.class, "unit.kind.", row.get("kind")), blank(row.get("address")),
                        blank(row.get("contact_name")), blank(row.get("contact_phone")), blank(row.get("contact_email"))));
                case ACCOUNTS -> accounts.create(new AccountDetails(row.get("username"), row.get("full_name"),
                        blank(row.get("email")), checks.code(Role.class, "role.", row.get("role")), agencyId(row.get("agency")),
                        row.get("initial_password")));
                case TITLES -> {
                    ImportChecks.TitleRow title = checks.title(row, lookups, (column, key, argument) -> {
                        throw BusinessRuleException.onField(column, key, argument);
                    });
                    titleBook.record(title.type(), title.holderId(), title.titleId(), title.year(), title.decidingBody(),
                            title.documentNumber(), title.decidedOn());
                }
            }
        }

        private Long agencyId(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            Long made = created.get(ImportChecks.key(name));
            if (made != null) {
                return made;
            }
            Agency agency = lookups.agencies().get(ImportChecks.key(name));
            if (agency == null) {
                throw BusinessRuleException.onField("agency", "import.error.agencyUnknown", name);
            }
            return agency.getId();
        }

        private String blank(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
