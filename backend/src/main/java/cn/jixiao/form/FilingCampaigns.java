package cn.jixiao.form;

import cn.jixiao.document.FormDocument;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The filing campaigns (填报任务) a form may answer. The campaign package implements this; the form package only
 * asks it, so a new form is linked to its campaign item and takes the campaign's due date before its process
 * starts, and a change of the deadline settings leaves the forms of a campaign at the campaign's date.
 */
public interface FilingCampaigns {

    /**
     * Links a new form to the campaign item it answers — {@code itemId} when it was started from one, else the not
     * yet started item of its unit, fund, type and period — and returns the due date that campaign sets.
     */
    Optional<LocalDate> link(long formId, long unitId, FormDocument document, Long itemId);

    /** The due date the campaign item a form answers sets, if it answers one. */
    Optional<LocalDate> dueOf(long formId);
}
