package cn.jixiao.org;

import cn.jixiao.document.Fund;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reads the unit ↔ fund register: the funds each unit files, in the order of {@link Fund}. */
@Service
public class UnitFundRegister {

    /** A unit with its registered funds (possibly none). */
    public record UnitFunds(long unitId, String unit, boolean active, List<Fund> funds) {
    }

    private final UnitFundMapper mapper;

    public UnitFundRegister(UnitFundMapper mapper) {
        this.mapper = mapper;
    }

    /** Every unit under the org path, in tree order, with its funds. */
    public List<UnitFunds> under(String pathPrefix) {
        Map<Long, UnitFunds> byUnit = new LinkedHashMap<>();
        for (UnitFundMapper.UnitFund row : mapper.findUnder(pathPrefix)) {
            UnitFunds unit = byUnit.computeIfAbsent(row.unitId(),
                    id -> new UnitFunds(id, row.unit(), row.active(), new ArrayList<>()));
            if (row.fund() != null) {
                unit.funds().add(Fund.valueOf(row.fund()));
            }
        }
        byUnit.values().forEach(u -> u.funds().sort(Comparator.naturalOrder()));
        return List.copyOf(byUnit.values());
    }
}
