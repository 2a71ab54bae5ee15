package vn.mttq.thidua.person;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

    Person save(Person person);

    /** A person of an agency in the scope (a representative's own agency; every agency when the scope is null). */
    @Query("""
            select p from Person p join fetch p.unit u join fetch u.agency a
            where p.id = :id and (:scope is null or a.id = :scope)
            """)
    Optional<Person> findScoped(Long id, Long scope);

    @Query(value = """
            select p from Person p join fetch p.unit u join fetch u.agency a
            where (:scope is null or a.id = :scope) and (:agencyId is null or a.id = :agencyId)
              and p.searchKey like :pattern escape '\\'
            order by p.fullName, p.birthYear, p.id
            """, countQuery = """
            select count(p) from Person p join p.unit u
            where (:scope is null or u.agency.id = :scope) and (:agencyId is null or u.agency.id = :agencyId)
              and p.searchKey like :pattern escape '\\'
            """)
    Page<Person> search(Long scope, Long agencyId, String pattern, Pageable pageable);

    /** The persons working in an agency today, by name. */
    @Query("""
            select p from Person p join fetch p.unit u join fetch u.agency a
            where a.id = :agencyId order by p.fullName, p.birthYear, p.id
            """)
    List<Person> ofAgency(Long agencyId);

    /** A person of the agency with this name (whatever its case) and birth year: the one an earlier nomination typed. */
    @Query("""
            select p from Person p join fetch p.unit u join fetch u.agency a
            where a.id = :agencyId and lower(p.fullName) = lower(:fullName) and p.birthYear = :birthYear
            order by p.id
            """)
    List<Person> named(Long agencyId, String fullName, int birthYear);
}
