package cn.jixiao.library;

import cn.jixiao.security.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/indicator-library: the caller's prefecture's 指标库 (search: anyone of it; changes: its reviewers). */
@RestController
@RequestMapping("/api/indicator-library")
public class IndicatorLibraryController {

    private final IndicatorLibrary library;

    public IndicatorLibraryController(IndicatorLibrary library) {
        this.library = library;
    }

    @GetMapping
    public List<LibraryEntry> search(@AuthenticationPrincipal CurrentUser user,
                                     @RequestParam(required = false) String q) {
        return library.search(user, q);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public LibraryEntry add(@AuthenticationPrincipal CurrentUser user,
                            @RequestBody(required = false) IndicatorLibrary.EntryRequest body) {
        return library.add(user, body);
    }

    @PutMapping("/{id}")
    public LibraryEntry change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                               @RequestBody(required = false) IndicatorLibrary.EntryRequest body) {
        return library.change(user, id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        library.remove(user, id);
    }
}
