package cn.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** TaskKey and the BPMN models name the same user tasks, with the same Chinese names. */
class TaskKeyTest {

    @Test
    void theModelsUserTasksAreTheTaskKeys() throws IOException, ParserConfigurationException, SAXException {
        Map<String, String> modelled = new LinkedHashMap<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(models).hasSize(4);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                NodeList tasks = factory.newDocumentBuilder().parse(in)
                        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
                for (int i = 0; i < tasks.getLength(); i++) {
                    Element task = (Element) tasks.item(i);
                    modelled.put(task.getAttribute("id"), task.getAttribute("name"));
                }
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Arrays.stream(TaskKey.values()).forEach(t -> keys.put(t.key(), t.label()));
        assertThat(modelled).containsExactlyInAnyOrderEntriesOf(keys);
    }
}
