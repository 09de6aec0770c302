package cn.jixiao.campaign;

import cn.jixiao.export.ExportController;
import cn.jixiao.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/campaigns: filing campaigns (填报任务), api.md v2. */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

    private final CampaignService campaigns;
    private final CampaignIssuing issuing;
    private final ItemStart start;
    private final CampaignUrging urging;
    private final CampaignExport export;

    public CampaignController(CampaignService campaigns, CampaignIssuing issuing, ItemStart start,
                              CampaignUrging urging, CampaignExport export) {
        this.urging = urging;
        this.export = export;
        this.campaigns = campaigns;
        this.issuing = issuing;
        this.start = start;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CampaignView issue(@AuthenticationPrincipal CurrentUser me,
                              @RequestBody(required = false) CampaignRequest body) {
        return issuing.issue(me, body);
    }

    @GetMapping
    public List<CampaignService.Summary> list(@AuthenticationPrincipal CurrentUser me,
                                              @RequestParam(required = false) Integer year,
                                              @RequestParam(required = false) String type,
                                              @RequestParam(required = false) String status) {
        return campaigns.list(me, year, type, status);
    }

    /** The caller's 待填报 (not started items of their unit in open campaigns). */
    @GetMapping("/pending")
    public List<CampaignService.Pending> pending(@AuthenticationPrincipal CurrentUser me) {
        return campaigns.pending(me);
    }

    @GetMapping("/{id}")
    public CampaignView view(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return campaigns.view(me, id);
    }

    @PostMapping("/{id}/items/start")
    @ResponseStatus(HttpStatus.CREATED)
    public ItemStart.Started start(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                   @RequestBody(required = false) ItemStart.StartRequest body) {
        return start.start(me, id, body);
    }

    @PostMapping("/{id}/urge")
    public CampaignUrging.Result urge(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                      @RequestBody(required = false) CampaignUrging.UrgeRequest body) {
        return urging.urge(me, id, body);
    }

    /** The 汇总表. */
    @GetMapping("/{id}/export")
    public ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                         @RequestParam(defaultValue = "xlsx") String format) {
        return ExportController.download(export.export(me, id, format));
    }

    @PostMapping("/{id}/close")
    public CampaignView close(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return campaigns.close(me, id);
    }

    /** The error body with the form that already answers the item, so the web app can open it. */
    @ExceptionHandler(ItemStart.AlreadyStarted.class)
    ResponseEntity<Map<String, Object>> alreadyStarted(ItemStart.AlreadyStarted e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        body.put("formId", e.formId());
        return ResponseEntity.status(e.status()).body(body);
    }
}
