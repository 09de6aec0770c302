package cn.jixiao.workflow;

import java.util.List;

/** The body of POST /api/tasks/{taskId}/complete. */
public record StepRequest(String decision, String comment, List<FieldComment> fieldComments,
                          List<Acknowledgement> acknowledgedWarnings, String returnTo) {

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
