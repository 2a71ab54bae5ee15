package vn.mttq.thidua.account;

import vn.mttq.thidua.shared.Paging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.mttq.thidua.security.Role;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a left join fetch a.agency where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    @Query("select a from Account a left join fetch a.agency where a.id = :id")
    Optional<Account> findWithAgency(Long id);

    boolean existsByUsernameIgnoreCase(String username);

    @Query(value = """
            select a from Account a left join fetch a.agency
            where (:role is null or a.role = :role)
              and a.searchKey like :pattern escape '\\'
            order by a.username
            """,
            countQuery = """
            select count(*) from (select a.id as id from Account a
            where (:role is null or a.role = :role)
              and a.searchKey like :pattern escape '\\'
            """ + Paging.COUNTED + ") counted")
    Page<Account> search(Role role, String pattern, Pageable pageable);

    @Query("select a from Account a where a.lockedUntil > :now or a.enabled = false order by a.username")
    List<Account> lockedOrDisabled(Instant now);

    List<Account> findByAgencyIdOrderByUsername(Long agencyId);

    @Query("select a from Account a left join fetch a.agency where a.enabled = true order by a.fullName")
    List<Account> findByEnabledTrueOrderByFullName();

    long countByAgencyIdAndRole(Long agencyId, vn.mttq.thidua.security.Role role);
}
