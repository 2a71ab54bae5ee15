package vn.mttq.thidua.bulkimport;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    List<ImportBatch> findTop10ByCreatedByOrderByCreatedAtDesc(String createdBy);

    /**
     * Claims a batch without errors, checked or interrupted, for writing: 1 for the one request that gets it. Its
     * heartbeat starts.
     */
    @Modifying
    @Query("update ImportBatch b set b.status = vn.mttq.thidua.bulkimport.ImportBatch.Status.RUNNING, b.done = 0, "
            + "b.failure = null, b.finishedAt = null, b.heartbeatAt = :at where b.id = :id and b.errorsJson = '[]' "
            + "and b.status in (vn.mttq.thidua.bulkimport.ImportBatch.Status.CHECKED, "
            + "vn.mttq.thidua.bulkimport.ImportBatch.Status.INTERRUPTED)")
    int claim(Long id, Instant at);

    /** How far the writing is, and that its writer is alive. */
    @Modifying
    @Query("update ImportBatch b set b.done = :done, b.heartbeatAt = :at where b.id = :id")
    void progress(Long id, int done, Instant at);

    /** Batches left being written by an instance that stopped: no heartbeat since {@code before}. */
    @Modifying
    @Query("update ImportBatch b set b.status = vn.mttq.thidua.bulkimport.ImportBatch.Status.INTERRUPTED, "
            + "b.failure = :failure, b.finishedAt = :at "
            + "where b.status = vn.mttq.thidua.bulkimport.ImportBatch.Status.RUNNING "
            + "and (b.heartbeatAt is null or b.heartbeatAt < :before)")
    int interruptStale(Instant before, String failure, Instant at);

    @Modifying
    @Query("update ImportBatch b set b.status = :status, b.failure = :failure, b.finishedAt = :at where b.id = :id")
    void finish(Long id, ImportBatch.Status status, String failure, Instant at);
}
