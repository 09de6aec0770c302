package cn.jixiao.workflow;

import static cn.jixiao.document.DocumentLimits.rows;
import static cn.jixiao.document.DocumentLimits.text;

import cn.jixiao.document.DocumentLimits;
import java.util.List;

/**
 * How long the texts of a decision may be, on the document's scale: a comment, a field comment or a note on a
 * warning is a text (2,000 characters), paths and codes are names (200), and at most as many field comments
 * and notes as a form has rows. 400 naming the field, with the numbers.
 */
final class StepRequestLimits {

    private StepRequestLimits() {
    }

    /** A FormFormatException (400) naming the field. */
    static void check(StepRequest request) {
        text("comment", request.comment(), DocumentLimits.TEXT);
        List<StepRequest.FieldComment> comments = request.fieldCommentsOrEmpty();
        rows("fieldComments", comments);
        for (int i = 0; i < comments.size(); i++) {
            text("fieldComments[" + i + "].path", comments.get(i).path(), DocumentLimits.NAME);
            text("fieldComments[" + i + "].comment", comments.get(i).comment(), DocumentLimits.TEXT);
        }
        List<StepRequest.Acknowledgement> notes = request.acknowledgementsOrEmpty();
        rows("acknowledgedWarnings", notes);
        for (int i = 0; i < notes.size(); i++) {
            StepRequest.Acknowledgement a = notes.get(i);
            if (a != null) {
                text("acknowledgedWarnings[" + i + "].code", a.code(), DocumentLimits.NAME);
                text("acknowledgedWarnings[" + i + "].path", a.path(), DocumentLimits.NAME);
                text("acknowledgedWarnings[" + i + "].note", a.note(), DocumentLimits.TEXT);
            }
        }
    }
}
