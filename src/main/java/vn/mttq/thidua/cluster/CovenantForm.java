package vn.mttq.thidua.cluster;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.Data;

/** The covenant's draft as the head writes it: a preamble and its targets, one a row (empty rows left out). */
@Data
class CovenantForm {

    @Size(max = 2000)
    private String preamble;
    @Valid
    private List<Row> targets = new ArrayList<>();
    private Integer shown;

    @Data
    static class Row {
        private Integer areaNumber;
        @Size(max = 1000)
        private String text;
    }

    List<CovenantTarget> targets() {
        List<CovenantTarget> list = new ArrayList<>();
        for (Row row : targets) {
            if (row.getText() != null && !row.getText().isBlank()) {
                list.add(new CovenantTarget(list.size() + 1, row.getAreaNumber(), row.getText().strip()));
            }
        }
        return list;
    }
}
