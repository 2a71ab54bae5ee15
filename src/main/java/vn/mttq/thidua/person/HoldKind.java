package vn.mttq.thidua.person;

import org.springframework.modulith.NamedInterface;

/** Why a person may not be commended for a while (Law 06/2022/QH15 Art. 4; Decree 152/2025/NĐ-CP). */
@NamedInterface("api")
public enum HoldKind {
    DISCIPLINE, INVESTIGATION, INSPECTION, COMPLAINT
}
