package vn.mttq.thidua.notice;

import vn.mttq.thidua.shared.Paging;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query(value = "select n from Notice n where n.accountId = :accountId order by n.createdAt desc, n.id desc",
            countQuery = "select count(*) from (select n.id as id from Notice n where n.accountId = :accountId "
                    + Paging.COUNTED + ") counted")
    Page<Notice> inbox(Long accountId, Pageable pageable);

    @Query("select n from Notice n where n.id = :id and n.accountId = :accountId")
    Optional<Notice> findOwn(Long id, Long accountId);

    @Query("select count(n) from Notice n where n.accountId = :accountId and n.readAt is null")
    long unread(Long accountId);

    @Modifying
    @Query("update Notice n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
    int readAll(Long accountId, java.time.Instant at);
}
