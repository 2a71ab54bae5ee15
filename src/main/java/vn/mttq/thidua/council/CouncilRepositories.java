package vn.mttq.thidua.council;

import vn.mttq.thidua.commendation.Nomination;
import vn.mttq.thidua.shared.Paging;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilSessionRepository extends JpaRepository<CouncilSession, Long> {

    /** Sessions the user may open: all for staff (member null), only those they sit on otherwise. */
    @Query(value = """
            select s from CouncilSession s
            where (:accountId is null or exists (select m from CouncilMember m where m.session = s and m.account.id = :accountId))
              and (:status is null or s.status = :status) and s.searchKey like :pattern escape '\\'
            order by s.heldOn desc, s.id desc
            """,
            countQuery = """
            select count(*) from (select s.id as id from CouncilSession s
            where (:accountId is null or exists (select m from CouncilMember m where m.session = s and m.account.id = :accountId))
              and (:status is null or s.status = :status) and s.searchKey like :pattern escape '\\'
            """ + Paging.COUNTED + ") counted")
    Page<CouncilSession> visible(Long accountId, CouncilSessionStatus status, String pattern, Pageable pageable);

    @Query("""
            select s from CouncilSession s
            where s.id = :id and (:accountId is null
                or exists (select m from CouncilMember m where m.session = s and m.account.id = :accountId))
            """)
    Optional<CouncilSession> findVisible(Long id, Long accountId);
}

interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    @Query("select m from CouncilMember m join fetch m.account left join fetch m.agency where m.session.id = :sessionId order by m.id")
    List<CouncilMember> ofSession(Long sessionId);
}

interface CouncilVoteRepository extends JpaRepository<CouncilVote, Long> {

    @Query("select v from CouncilVote v join fetch v.member where v.nomination.councilSessionId = :sessionId")
    List<CouncilVote> ofSession(Long sessionId);

    boolean existsByNominationIdAndMemberId(Long nominationId, Long memberId);
}

interface CouncilTallyRepository extends JpaRepository<CouncilTally, Long> {

    @Query("select t from CouncilTally t where t.nominationId in (select n.id from Nomination n where n.councilSessionId = :sessionId)")
    List<CouncilTally> ofSession(Long sessionId);
}
