package cn.jixiao.validation.crossform;

/**
 * Status of a stored form as far as the cross-form rules care. The backend maps its own states onto these;
 * {@link #WITHDRAWN} stands for any form that no longer counts (withdrawn, cancelled, deleted).
 */
public enum StoredFormStatus {
    DRAFT,
    UNIT_REVIEW,
    PREFECTURE_REVIEW,
    SIGN_OFF,
    SIGNED,
    RETURNED,
    WITHDRAWN;

    /** In process or signed: everything but {@link #WITHDRAWN}. */
    public boolean counts() {
        return this != WITHDRAWN;
    }

    /** Chinese name for messages. */
    public String label() {
        return switch (this) {
            case DRAFT -> "草稿";
            case UNIT_REVIEW -> "单位审核中";
            case PREFECTURE_REVIEW -> "地区审核中";
            case SIGN_OFF -> "待领导签发";
            case SIGNED -> "已签发";
            case RETURNED -> "退回修改中";
            case WITHDRAWN -> "已撤回";
        };
    }
}
