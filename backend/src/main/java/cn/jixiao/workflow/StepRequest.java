package cn.jixiao.workflow;

import java.util.List;

/**
 * The body of POST /api/tasks/{taskId}/complete. {@code rectification}: at prefectureReview APPROVE and signOff SIGN,
 * the prefecture requires a rectification (整改) of the form with it.
 */
public record StepRequest(String decision, String comment, List<FieldComment> fieldComments,
                          List<Acknowledgement> acknowledgedWarnings, String returnTo, RectificationOrder rectification) {

    public StepRequest(String decision, String comment, List<FieldComment> fieldComments,
                       List<Acknowledgement> acknowledgedWarnings, String returnTo) {
        this(decision, comment, fieldComments, acknowledgedWarnings, returnTo, null);
    }

    /** What the rectification must achieve, and by when (YYYY-MM-DD; checked where it is started). */
    public record RectificationOrder(String requirements, String due) {
    }

    public record FieldComment(String path, String comment) {
    }

    public record Acknowledgement(String code, String path, String note) {
    }

    public List<FieldComment> fieldCommentsOrEmpty() {
        return fieldComments == null ? List.of() : fieldComments;
    }

    public List<Acknowledgement> acknowledgementsOrEmpty() {
        return acknowledgedWarnings == null ? List.of() : acknowledgedWarnings;
    }
}
