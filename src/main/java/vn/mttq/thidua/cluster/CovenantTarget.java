package vn.mttq.thidua.cluster;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A target the members commit to, under a content area of the campaign (its number) or none. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CovenantTarget implements Serializable {

    private int position;
    @Column(name = "area_number")
    private Integer areaNumber;
    private String text;

    CovenantTarget(int position, Integer areaNumber, String text) {
        this.position = position;
        this.areaNumber = areaNumber;
        this.text = text;
    }
}
