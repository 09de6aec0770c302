package cn.jixiao.load;

import java.util.List;

/**
 * One form's way from draft to SIGNED. Lifecycle i is unit i mod units and fund (i / units) mod 8, so
 * the forms in flight at any moment belong to different units and prefectures; every
 * {@code returnEvery}-th one is returned once by the prefecture reviewer.
 */
record Lifecycle(int index, Population.Unit unit, String fund, boolean returned) {

    /** The eight funds of the exchange format (ALL, the combined table, is not filed per fund). */
    static final List<String> FUNDS = List.of("ENTERPRISE_PENSION", "PUBLIC_PENSION", "RESIDENT_PENSION",
            "EMPLOYEE_MEDICAL", "RESIDENT_MEDICAL", "WORK_INJURY", "UNEMPLOYMENT", "MATERNITY");

    static Lifecycle of(int index, Population population, int returnEvery) {
        List<Population.Unit> units = population.units();
        return new Lifecycle(index, units.get(index % units.size()),
                FUNDS.get((index / units.size()) % FUNDS.size()), index % returnEvery == 0);
    }
}
