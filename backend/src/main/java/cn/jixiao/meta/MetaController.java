package cn.jixiao.meta;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vocabulary for the web app, which loads it once before it mounts. Open before login: it holds nothing
 * but the words of the forms (the same the static scripts held before), and the login screen comes first.
 */
@RestController
public class MetaController {

    private final Meta meta = Meta.build();

    @GetMapping(path = "/api/meta", produces = MediaType.APPLICATION_JSON_VALUE)
    public Meta meta() {
        return meta;
    }
}
