package vn.mttq.thidua.commendation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierFileRepository extends JpaRepository<DossierFile, Long> {

    List<DossierFile> findByNominationIdOrderByKindAscUploadedAtAsc(Long nominationId);

    Optional<DossierFile> findByIdAndNominationId(Long id, Long nominationId);

    long countByNominationId(Long nominationId);
}
