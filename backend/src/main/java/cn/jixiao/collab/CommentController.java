package cn.jixiao.collab;

import cn.jixiao.security.CurrentUser;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Comment threads on the cells of a form. */
@RestController
@RequestMapping(path = "/api/forms/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
class CommentController {

    record ReplyRequest(String text) {
    }

    private final CommentThreads threads;

    CommentController(CommentThreads threads) {
        this.threads = threads;
    }

    @GetMapping
    public List<CommentThreads.ThreadView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return threads.list(user, id);
    }

    @PostMapping(path = "/{cid}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<CommentThreads.ThreadView> reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                 @PathVariable long cid, @RequestBody ReplyRequest body) {
        threads.reply(user, id, cid, body.text());
        return threads.list(user, id);
    }

    @PostMapping("/{cid}/resolve")
    public List<CommentThreads.ThreadView> resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                   @PathVariable long cid) {
        threads.resolve(user, id, cid);
        return threads.list(user, id);
    }
}
