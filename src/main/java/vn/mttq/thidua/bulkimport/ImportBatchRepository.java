package vn.mttq.thidua.bulkimport;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    List<ImportBatch> findTop10ByCreatedByOrderByCreatedAtDesc(String createdBy);

    /** Claims a checked batch without errors for writing: true for the one request that gets it. */
    @Modifying
    @Query("update ImportBatch b set b.status = vn.mttq.thidua.bulkimport.ImportBatch.Status.RUNNING, b.done = 0 "
            + "where b.id = :id and b.status = vn.mttq.thidua.bulkimport.ImportBatch.Status.CHECKED and b.errorsJson = '[]'")
    int claim(Long id);

    @Modifying
    @Query("update ImportBatch b set b.done = :done where b.id = :id")
    void progress(Long id, int done);

    @Modifying
    @Query("update ImportBatch b set b.status = :status, b.failure = :failure, b.finishedAt = :at where b.id = :id")
    void finish(Long id, ImportBatch.Status status, String failure, Instant at);
}
