package vn.mttq.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.mttq.thidua.Fixtures;
import vn.mttq.thidua.ThiDuaTest;
import vn.mttq.thidua.commendation.NominationService;
import vn.mttq.thidua.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision numbers and approvals under load: many admins at once, each in its own transaction, on real
 * PostgreSQL. Uses a year (2031) that no other test touches.
 */
@ThiDuaTest
class ConcurrencyTest {

    @Autowired
    private DecisionService decisions;
    @Autowired
    private NominationService nominations;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private Fixtures fixtures;

    private long approvedNomination(String status) {
        return fixtures.count("""
                insert into nomination (unit_id, nominee_type, form_id, year, achievements, status, proposed_by, appraised_by,
                                        search_key)
                values ((select min(id) from unit), 'COLLECTIVE', (select id from commendation_form where code = 'BK-MTTQ-TINH'),
                        2030, 'Thành tích kiểm thử đồng thời', ?, 'rep-load', 'staff-load', 'kiem thu') returning id""", status);
    }

    private <T> List<Future<T>> together(int threads, IntFunctionWithIndex<T> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            tasks.add(() -> {
                Fixtures.signIn(users, "admin");
                try {
                    start.await();
                    return work.apply(index);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        List<Future<T>> futures = new ArrayList<>();
        tasks.forEach(task -> futures.add(pool.submit(task)));
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        return futures;
    }

    @FunctionalInterface
    interface IntFunctionWithIndex<T> {
        T apply(int index) throws Exception;
    }

    @Test
    void fiftyDecisionsIssuedAtOnceGetFiftyDistinctNumbersWithoutGaps() throws Exception {
        List<Long> nominees = IntStream.range(0, 50).mapToObj(i -> approvedNomination("APPROVED")).toList();
        List<Future<Integer>> results = together(50, i -> {
            DecisionForm form = new DecisionForm();
            form.setTitle("Quyết định kiểm thử " + i);
            form.setSignedOn(LocalDate.of(2031, 1, 1 + i % 28));
            form.setSignerName("Nguyễn Văn An");
            form.setSignerTitle("Chủ tịch");
            form.setNominationIds(Set.of(nominees.get(i)));
            return decisions.issue(form.details()).getNumber();
        });
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> result : results) {
            numbers.add(result.get());
        }
        Collections.sort(numbers);
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(fixtures.jdbc().queryForList("select number from decision where year = 2031 order by number", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(fixtures.count("select count(distinct registry_number) from nomination where registry_number like 'SV-2031-%'"))
                .isEqualTo(50);
        assertThat(fixtures.count("select last_number from number_counter where kind = 'DECISION' and year = 2031")).isEqualTo(50);
    }

    /** A person of their own, whose achievements of the year no other nomination commended (Art. 5 is checked too). */
    private long passedNominationOfItsOwnPerson() {
        long unit = fixtures.count("select min(id) from unit");
        long person = fixtures.person(unit, "Người Kiểm Thử Đồng Thời " + System.nanoTime());
        return fixtures.count("""
                insert into nomination (unit_id, nominee_type, person_id, individual_name, birth_year, gender, form_id, year,
                                        achievements, status, proposed_by, appraised_by, search_key)
                values (?, 'INDIVIDUAL', ?, 'Người Kiểm Thử', 1980, 'FEMALE',
                        (select id from commendation_form where code = 'BK-MTTQ-TINH'), 2030, 'Thành tích kiểm thử đồng thời',
                        'PASSED', 'rep-load', 'staff-load', 'kiem thu') returning id""", unit, person);
    }

    @Test
    void twentyApprovalsOfOneNomineeAtOnceLetExactlyOneThrough() throws Exception {
        long nominee = passedNominationOfItsOwnPerson();
        long version = fixtures.versionOf("nomination", nominee);
        List<Future<String>> results = together(20, i -> {
            try {
                nominations.approve(nominee, version);
                return "approved";
            } catch (OptimisticLockingFailureException e) {
                return "conflict";
            } catch (BusinessRuleException e) {
                return e.getMessageKey();
            }
        });
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertThat(outcomes).hasSize(20);
        assertThat(outcomes.stream().filter("approved"::equals).count()).isEqualTo(1);
        assertThat(outcomes).allMatch(o -> o.equals("approved") || o.equals("conflict") || o.equals("nomination.error.transition"));
        assertThat(fixtures.jdbc().queryForObject("select status from nomination where id = ?", String.class, nominee))
                .isEqualTo("APPROVED");
        assertThat(fixtures.count("select count(*) from audit_record where entity_type = 'Nomination' and entity_id = ? "
                + "and action = 'APPROVE'", nominee)).isEqualTo(1);
    }
}
