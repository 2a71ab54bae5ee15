package vn.mttq.thidua.bulkimport;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A file being imported: its rows and their errors, then its progress and how it ended. */
@Entity
@Table(name = "import_batch")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ImportBatch {

    /**
     * Checked (with or without errors), being written, written, refused while writing (nothing written), or
     * interrupted by a stop of the instance writing it (nothing written; it can be started again).
     */
    public enum Status { CHECKED, RUNNING, DONE, FAILED, INTERRUPTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ImportKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int total;
    private int done;
    @Column(name = "rows_json")
    private String rowsJson;
    @Column(name = "errors_json")
    private String errorsJson;
    private String failure;
    @Column(name = "finished_at")
    private Instant finishedAt;
    /** When its writer last said it was alive, while it is being written. */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    ImportBatch(ImportKind kind, String fileName, String createdBy, Instant createdAt, int total, String rowsJson,
                String errorsJson) {
        this.kind = kind;
        this.fileName = fileName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = Status.CHECKED;
        this.total = total;
        this.rowsJson = rowsJson;
        this.errorsJson = errorsJson;
    }

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    /** Whether it can be started: checked without errors, or interrupted by a stop before it was written. */
    public boolean isStartable() {
        return (status == Status.CHECKED || status == Status.INTERRUPTED) && "[]".equals(errorsJson);
    }
}
