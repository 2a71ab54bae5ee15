package vn.mttq.thidua.eligibility;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.mttq.thidua.catalogue.Recipient;
import vn.mttq.thidua.commendation.EligibilityChecks;

/** A title (danh hiệu thi đua) or rating (xếp loại) of the catalogue a nominee's history is made of (V35). */
@Entity
@Table(name = "emulation_title")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EmulationTitle {

    @Id
    private Long id;
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Recipient recipient;
    @Column(name = "sort_order")
    private int sortOrder;

    public String nameIn(Locale locale) {
        return name().in(locale);
    }

    EligibilityChecks.TitleName name() {
        return new EligibilityChecks.TitleName(name, nameEn);
    }
}
