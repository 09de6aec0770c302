package cn.jixiao.campaign;

import java.util.List;

/**
 * POST /api/campaigns. {@code prefectureId}: the system administrator's choice of prefecture (or the region's id
 * for a region-wide campaign); a reviewer's campaign is always for their own prefecture.
 */
public record CampaignRequest(String type, Integer year, Integer monitorMonth, String due, String title,
                              Long prefectureId, List<UnitFunds> units) {

    /** A unit addressed, with its funds; without funds the unit's registered ones. */
    public record UnitFunds(Long unitId, List<String> funds) {
    }
}
