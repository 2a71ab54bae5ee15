package vn.mttq.thidua.decision;

import java.time.LocalDate;

/**
 * Dates as administrative documents write them (Decree 30/2020/NĐ-CP): "ngày 05 tháng 02 năm 2022" — days below
 * 10 and the months January and February with a leading zero, the other months without.
 */
final class AdministrativeDates {

    private AdministrativeDates() {
    }

    static String written(LocalDate date) {
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + month + " năm " + date.getYear();
    }

    /** The place-and-date line under the motto: "Tiền Giang, ngày 20 tháng 02 năm 2022". */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + written(date);
    }
}
