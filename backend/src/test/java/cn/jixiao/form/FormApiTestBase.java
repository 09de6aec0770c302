package cn.jixiao.form;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logged-in API clients and the steps most form tests start with. */
public abstract class FormApiTestBase {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient as(String username) {
        return ApiClient.loggedIn(port, username);
    }

    protected long createMonitoringForm(ApiClient filer, String project) {
        return FormActions.create(filer, FormActions.monitoringDocument(project));
    }

    protected String openTask(ApiClient user, long formId, String key) {
        return FormActions.openTask(user, formId, key);
    }

    protected static String ackAll(JsonNode findings, String note) {
        return FormActions.ackAll(findings, note);
    }

    /** The filer submits from `draft` or `correct`, explaining every WARNING the form shows now. */
    protected Response submit(ApiClient filer, long formId, String taskKey) {
        return FormActions.submit(filer, formId, taskKey);
    }
}
