package cn.jixiao.form;

import cn.jixiao.document.DocumentJson;
import cn.jixiao.document.FormDocument;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies that carry a document are read with the exchange format's mapper (strict, exact decimals),
 * not with the application's lenient one: the rest of the API keeps Spring's defaults.
 */
@Configuration
class FormBodies implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> c : converters) {
            if (c instanceof MappingJackson2HttpMessageConverter jackson) {
                for (Class<?> body : List.of(FormDocument.class, FormUpdate.class)) {
                    jackson.registerObjectMappersForType(body,
                            mappers -> mappers.put(MediaType.APPLICATION_JSON, DocumentJson.mapper()));
                }
            }
        }
    }
}
