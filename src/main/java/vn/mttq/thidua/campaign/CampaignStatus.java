package vn.mttq.thidua.campaign;

public enum CampaignStatus {
    DRAFT, LAUNCHED, UNDER_REVIEW, CLOSED
}
