package vn.mttq.thidua.campaign;

/** What a content area says of itself: the command it is added or corrected with. */
public record AreaDetails(String name, String nameEn, String targetGroup, String targetGroupEn, String description) {
}
