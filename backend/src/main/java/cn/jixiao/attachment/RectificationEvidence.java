package cn.jixiao.attachment;

/**
 * Whether a user may attach evidence to an open rectification of a form (implemented by the rectification
 * feature, which depends on this package, not the other way round).
 */
public interface RectificationEvidence {

    /** The id of the form's rectification whose 整改填报 is open for this user, or null. */
    Long openFor(long formId, String username);
}
