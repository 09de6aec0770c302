package cn.jixiao.collab;

import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.security.AppUser;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.UserMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * GET /api/forms/{id}/diagram: the process a form is in, for the bpmn-js viewer — the shared review cycle once the
 * form has been submitted (that is where its story is), else its main process — with each activity it has been
 * through: done or active, who acted and when (the last time, where a step was entered again after a return).
 */
@Service
class ProcessDiagram {

    static final String CYCLE = "review-cycle";

    public record Activity(String id, String state, String actor, String actorName, LocalDateTime at) {
    }

    public record Diagram(String processKey, String bpmn, List<Activity> activities) {
    }

    private final FormService forms;
    private final HistoryService history;
    private final RepositoryService repository;
    private final UserMapper users;

    ProcessDiagram(FormService forms, HistoryService history, RepositoryService repository, UserMapper users) {
        this.forms = forms;
        this.history = history;
        this.repository = repository;
        this.users = users;
    }

    Diagram of(CurrentUser user, long formId) {
        FormRecord form = forms.visible(user, formId);
        List<HistoricProcessInstance> cycles = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(formId)).processDefinitionKey(CYCLE)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        HistoricProcessInstance shown = !cycles.isEmpty() ? cycles.get(0) : form.processInstanceId() == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(form.processInstanceId()).singleResult();
        if (shown == null) {
            return new Diagram(null, null, List.of());
        }
        Map<String, Activity> last = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(shown.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            String actor = a.getAssignee();
            String actorName = actor == null ? null : names.computeIfAbsent(actor, this::displayName);
            Date at = a.getEndTime() != null ? a.getEndTime() : a.getStartTime();
            last.remove(a.getActivityId()); // keep the order of the last visit
            last.put(a.getActivityId(), new Activity(a.getActivityId(), a.getEndTime() == null ? "active" : "done",
                    actor, actorName, LocalDateTime.ofInstant(at.toInstant(), ZoneId.systemDefault())));
        }
        return new Diagram(shown.getProcessDefinitionKey(), model(shown.getProcessDefinitionId()), List.copyOf(last.values()));
    }

    private String displayName(String username) {
        AppUser u = users.findByUsername(username);
        return u == null ? username : u.displayName();
    }

    private String model(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
