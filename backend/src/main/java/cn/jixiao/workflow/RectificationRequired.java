package cn.jixiao.workflow;

import cn.jixiao.security.CurrentUser;

/**
 * Published inside the transaction that completed prefectureReview APPROVE or signOff SIGN with a rectification
 * order; the rectification feature starts its process on it, in the same transaction (a bad order rolls the
 * decision back with it).
 */
public record RectificationRequired(CurrentUser by, long formId, String taskKey, StepRequest.RectificationOrder order) {
}
