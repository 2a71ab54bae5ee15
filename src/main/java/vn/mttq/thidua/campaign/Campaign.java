package vn.mttq.thidua.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An emulation campaign (phong trào thi đua), with its legal basis and its content areas. */
@Entity
@Table(name = "campaign")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "short_name")
    private String shortName;
    private String organiser;
    @Column(name = "coordinating_body")
    private String coordinatingBody;
    private String description;
    @Column(name = "start_year")
    private int startYear;
    @Column(name = "end_year")
    private int endYear;
    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    @OneToMany(mappedBy = "campaign")
    @OrderBy("sortOrder")
    private List<LegalDocument> legalDocuments = new ArrayList<>();

    @OneToMany(mappedBy = "campaign")
    @OrderBy("number")
    private List<ContentArea> contentAreas = new ArrayList<>();

    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
}
