package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.document.Fund;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.org.UnitFundMapper;
import cn.jixiao.org.UnitFundRegister;
import cn.jixiao.org.UnitFundRegister.UnitFunds;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit ↔ fund register as the system administrator keeps it: list and replace a unit's funds, audited. */
@Service
public class UnitFundAdminService {

    /** PUT body. */
    public record FundsChange(List<String> funds) {
    }

    private final UnitFundRegister register;
    private final UnitFundMapper mapper;
    private final OrgMapper orgs;
    private final AuditLog audit;

    public UnitFundAdminService(UnitFundRegister register, UnitFundMapper mapper, OrgMapper orgs, AuditLog audit) {
        this.register = register;
        this.mapper = mapper;
        this.orgs = orgs;
        this.audit = audit;
    }

    public List<UnitFunds> list(CurrentUser user) {
        return register.under(user.scope().pathPrefix());
    }

    @Transactional
    public UnitFunds replace(CurrentUser user, long unitId, FundsChange body) {
        Org unit = orgs.findById(unitId);
        if (unit == null || !user.scope().covers(unit)) {
            throw ApiException.notFound("单位 " + unitId + " 不存在");
        }
        if (unit.level() != OrgLevel.UNIT) {
            throw ApiException.badRequest("unitId：" + unit.name() + " 不是单位，只有单位登记险种");
        }
        if (body == null || body.funds() == null) {
            throw ApiException.badRequest("缺少字段 funds（险种列表）");
        }
        Set<Fund> funds = EnumSet.noneOf(Fund.class);
        for (String code : body.funds()) {
            funds.add(fund(code));
        }
        mapper.lockUnit(unitId);
        UnitFunds before = register.under(unit.path()).get(0);
        mapper.deleteFor(unitId);
        if (!funds.isEmpty()) {
            mapper.insertAll(unitId, funds.stream().map(Fund::name).toList(), user.username());
        }
        UnitFunds after = register.under(unit.path()).get(0);
        audit.record(user.username(), AuditAction.ADMIN_UNIT_FUNDS, null, AdminText.clip(unit.name() + " 登记险种："
                + labels(before.funds()) + " → " + labels(after.funds())));
        return after;
    }

    private static Fund fund(String code) {
        try {
            return Fund.valueOf(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("字段 funds 含未知险种：" + code);
        }
    }

    private static String labels(List<Fund> funds) {
        return funds.isEmpty() ? "（无）" : funds.stream().map(Fund::label).collect(Collectors.joining("、"));
    }
}
