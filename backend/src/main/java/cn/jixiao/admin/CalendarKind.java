package cn.jixiao.admin;

/** A change to the working-day calendar: HOLIDAY not worked, WORKDAY worked (a 调休 weekend), DEFAULT back to Monday–Friday. */
public enum CalendarKind {
    HOLIDAY("节假日（不上班）"),
    WORKDAY("调休上班"),
    DEFAULT("恢复默认（周一至周五上班）");

    private final String label;

    CalendarKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
