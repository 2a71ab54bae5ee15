package vn.mttq.thidua.commendation;

import vn.mttq.thidua.catalogue.NomineeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.mttq.thidua.shared.Paging;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    /**
     * The list's filters; the agency is the unit's, a plain condition PostgreSQL estimates from its statistics (as a
     * subquery behind "(:scope is null or exists …)" it could not, and walked every nomination for a representative's
     * page: 0.25-0.35 s at the country).
     */
    String FILTER = """
            where (:scope is null or u.agency.id = :scope)
              and (:year is null or n.year = :year)
              and (:fromYear is null or n.year between :fromYear and :toYear)
              and (:status is null or n.status = :status)
              and (:formId is null or n.form.id = :formId)
              and (:pattern = '%%' or n.searchKey like :pattern escape '\\')
            """;

    @Query(value = "select new vn.mttq.thidua.commendation.NominationRow(n.id, "
            + "case when n.nomineeType = vn.mttq.thidua.catalogue.NomineeType.INDIVIDUAL then n.individualName "
            + "else coalesce(n.unitName, u.name) end, coalesce(n.unitName, u.name), coalesce(n.agencyName, a.name), "
            + "f.name, f.nameEn, n.year, n.status) "
            + "from Nomination n join n.unit u join u.agency a join n.form f " + FILTER
            + " order by n.year desc, n.updatedAt desc, n.id desc",
            countQuery = "select count(*) from (select n.id as id from Nomination n join n.unit u " + FILTER
                    + Paging.COUNTED + ") counted")
    Page<NominationRow> rows(Long scope, Integer year, Integer fromYear, Integer toYear, NominationStatus status,
                             Long formId, String pattern, Pageable pageable);

    @Query(value = "select n from Nomination n join fetch n.unit u join fetch u.agency a join fetch n.form " + FILTER
            + " order by n.year desc, n.updatedAt desc, n.id desc",
            countQuery = "select count(n) from Nomination n join n.unit u " + FILTER)
    Page<Nomination> search(Long scope, Integer year, Integer fromYear, Integer toYear, NominationStatus status,
                            Long formId, String pattern, Pageable pageable);

    @Query("""
            select n from Nomination n join fetch n.unit u join fetch u.agency a join fetch u.contentArea join fetch n.form
            left join fetch n.reportIds
            where n.id = :id and (:scope is null or a.id = :scope)
            """)
    Optional<Nomination> findScoped(Long id, Long scope);

    /** Earlier nominations of the same nominee: the unit's for a collective, the person's (in any unit) otherwise. */
    @Query("""
            select n from Nomination n join fetch n.form
            where n.id <> :id and n.nomineeType = :type
              and ((:type = vn.mttq.thidua.catalogue.NomineeType.COLLECTIVE and n.unit.id = :unitId)
                   or (:type = vn.mttq.thidua.catalogue.NomineeType.INDIVIDUAL and n.personId = :personId))
            order by n.year desc
            """)
    List<Nomination> history(Long id, Long unitId, NomineeType type, Long personId);

    @Query("""
            select n from Nomination n join fetch n.unit u join fetch u.agency join fetch n.form
            where n.councilSessionId = :sessionId order by u.name, n.id
            """)
    List<Nomination> onSession(Long sessionId);

    @Query("""
            select n from Nomination n join fetch n.unit u join fetch u.agency join fetch n.form
            where n.status = vn.mttq.thidua.commendation.NominationStatus.APPRAISED and n.councilSessionId is null
            order by u.name
            """)
    List<Nomination> awaitingCouncil();

    @Query("""
            select n from Nomination n join fetch n.unit u join fetch u.agency join fetch n.form f
            where n.status = vn.mttq.thidua.commendation.NominationStatus.APPROVED
              and f.authority = vn.mttq.thidua.catalogue.Authority.PROVINCIAL_FRONT and n.decisionId is null
            order by u.name
            """)
    List<Nomination> awaitingDecision();

    @Query("""
            select n from Nomination n join fetch n.unit u join fetch u.agency a join fetch u.contentArea join fetch n.form
            where n.decisionId in :decisionIds order by n.registryNumber
            """)
    List<Nomination> onDecisions(Collection<Long> decisionIds);

    /** The commended nominees of these decisions, counted by form of commendation and collective / individual. */
    @Query("""
            select n.form.id, n.nomineeType, count(n) from Nomination n
            where n.decisionId in :decisionIds and n.status = vn.mttq.thidua.commendation.NominationStatus.COMMENDED
            group by n.form.id, n.nomineeType
            """)
    List<Object[]> commendedByFormAndType(Collection<Long> decisionIds);

    long countByStatus(NominationStatus status);

    long countByStatusAndYearBetween(NominationStatus status, int fromYear, int toYear);

    long countByStatusNotInAndYearBetween(java.util.Collection<NominationStatus> statuses, int fromYear, int toYear);

}
