package cn.jixiao.collab;

import cn.jixiao.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 抄送 a form (GET /api/forms?cc=me lists the forms copied to the caller). */
@RestController
@RequestMapping(path = "/api/forms/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class CcController {

    record CcRequest(List<String> users, String comment) {
    }

    private final FormCopies copies;

    CcController(FormCopies copies) {
        this.copies = copies;
    }

    @PostMapping(path = "/cc", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, List<String>> cc(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                        @RequestBody CcRequest body) {
        return Map.of("copiedTo", copies.copy(user, id, body.users(), body.comment()));
    }

    @GetMapping("/cc-candidates")
    public List<CcMapper.Person> candidates(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return copies.candidates(user, id);
    }
}
