package cn.jixiao.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Writes the API's error body from a filter, where no controller advice is around to do it. */
@Component
public class JsonErrorWriter {

    private final ObjectMapper json;

    public JsonErrorWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Answers {@code status} with {@code body}; the response must not be committed yet. */
    public void write(HttpServletResponse response, int status, ApiError body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }
}
