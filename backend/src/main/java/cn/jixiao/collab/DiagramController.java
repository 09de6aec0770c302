package cn.jixiao.collab;

import cn.jixiao.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The process picture of a form. */
@RestController
class DiagramController {

    private final ProcessDiagram diagrams;

    DiagramController(ProcessDiagram diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping(path = "/api/forms/{id}/diagram", produces = MediaType.APPLICATION_JSON_VALUE)
    public ProcessDiagram.Diagram diagram(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return diagrams.of(user, id);
    }
}
