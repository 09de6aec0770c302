package cn.jixiao.form;

/** Receives the key MyBatis reads back after an insert (records cannot be written to). */
public class GeneratedId {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
