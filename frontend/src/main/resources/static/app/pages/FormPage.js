// One form: the editor (draft / correct), the review (unit head, prefecture reviewer) with cell
// comments, the sign-off, or a read-only view — with live checks, history, versions and the diff.
import { api, download, showError } from '../api.js';
import { session, hasRole } from '../session.js';
import { dateTime } from '../format.js';
import { statusLabel, actionLabel, taskOf, taskLabel } from '../meta.js';
import { normalizePath } from '../form-model.js';
import { scrollToCell } from '../sheet.js';
import { useFormDocument } from '../composables/useFormDocument.js';
import { useLiveValidation } from '../composables/useLiveValidation.js';
import { completeTask, claimTask, unclaimTask } from '../composables/useTask.js';
import FormHeader from '../components/FormHeader.js';
import FormSheet from '../components/FormSheet.js';
import FormSidePanel from '../components/FormSidePanel.js';
import HistoryTimeline from '../components/HistoryTimeline.js';
import VersionCompare from '../components/VersionCompare.js';
import DecisionDialog from '../components/DecisionDialog.js';
import CommentDialog from '../components/CommentDialog.js';
import AttachmentPanel from '../components/AttachmentPanel.js';
import RectificationPanel from '../components/RectificationPanel.js';
import CollabBar from '../components/CollabBar.js';
import ProcessDiagram from '../components/ProcessDiagram.js';

const { ref, computed, watch, onMounted, provide, nextTick } = Vue;
const { useRoute, useRouter } = VueRouter;
const { message } = antd;

const fkey = (f) => `${f.code}|${f.path || ''}`;

function mergeFindings(...lists) {
  const seen = new Map();
  lists.flat().filter(Boolean).forEach((f) => { if (!seen.has(fkey(f))) seen.set(fkey(f), f); });
  return [...seen.values()];
}

export default {
  name: 'FormPage',
  components: {
    FormHeader, FormSheet, FormSidePanel, HistoryTimeline, VersionCompare, DecisionDialog, CommentDialog, AttachmentPanel, RectificationPanel,
    CollabBar, ProcessDiagram,
  },
  setup() {
    const route = useRoute();
    const router = useRouter();
    const id = computed(() => route.params.id);
    const tab = ref(route.query.tab || 'form'); // form | diff | history | attachments | rectifications
    const sideTab = ref('findings'); // findings | comments

    // ------------------------------------------------------------ who may do what
    const task = computed(() => (doc.record.value && doc.record.value.task) || null);
    const me = computed(() => session.user && session.user.username);
    const takenByOther = computed(() => !!(task.value && task.value.assignee && task.value.assignee !== me.value));
    const mode = computed(() => {
      const t = task.value && taskOf(task.value.key);
      if (!t || takenByOther.value || !hasRole(t.role)) return 'view';
      if (t.decisions.some((d) => d.code === 'SUBMIT')) return 'edit';
      return t.decisions.some((d) => d.code === 'SIGN') ? 'signoff' : 'review';
    });
    const doc = useFormDocument(id, { canEdit: () => mode.value === 'edit' });
    const { record, form } = doc;

    // ------------------------------------------------------------ checks
    // while editing: live checks as the user types; otherwise the findings stored with the form
    // (they include the cross-form rules), falling back to one validate call if the server sent none
    const hasStored = () => !!(record.value && Array.isArray(record.value.findings) && record.value.computed);
    const live = useLiveValidation(form, { enabled: () => !!form.value && (mode.value === 'edit' || !hasStored()) });
    const findings = computed(() => {
      if (mode.value === 'edit' || !hasStored()) return live.findings.value;
      return record.value.findings;
    });
    const computedValues = computed(() => {
      if (mode.value === 'edit' || !hasStored()) return live.computedValues.value || {};
      return record.value.computed || {};
    });

    // ------------------------------------------------------------ history, comments, versions
    const history = ref([]);
    const historyLoading = ref(false);
    async function loadHistory() {
      historyLoading.value = true;
      try {
        const h = await api.get(`/api/forms/${id.value}/history`, null, { silent: true });
        history.value = h;
      } catch (e) { history.value = []; } finally { historyLoading.value = false; }
    }
    const lastReturn = computed(() => [...history.value].reverse().find((e) => e.action === 'RETURN') || null);
    // a return that sent the form to this review step (to the unit head, or from the leader to the reviewer):
    // nothing has happened since, so the one who opens it sees why it is back
    const returnedHere = computed(() => {
      const last = history.value[history.value.length - 1];
      return (mode.value === 'review' || mode.value === 'signoff') && last && last.action === 'RETURN' ? last : null;
    });
    /** Warnings someone already explained, as the history entries record them. */
    const explained = computed(() => {
      const map = {};
      history.value.forEach((e) => e.acknowledgements
        .forEach((w) => { if (w.note) map[fkey(w)] = w.note; }));
      return map;
    });
    // ------------------------------------------------------------ comment threads (GET /api/forms/{id}/comments)
    const threads = ref([]);
    provide('commentThreads', threads); // the diff marks the changes that answer a thread
    async function loadThreads() {
      try { threads.value = await api.get(`/api/forms/${id.value}/comments`, null, { silent: true }) || []; } catch (e) { threads.value = []; }
    }
    const myComments = ref([]);
    /** Comments on cells: the reviewer's own (editable) plus, to check the corrections, those of the last return. */
    const shownComments = computed(() => {
      const r = lastReturn.value;
      const returned = r && r.fieldComments ? r.fieldComments : [];
      if (mode.value === 'review' || mode.value === 'signoff') {
        return [
          ...myComments.value.map((c) => ({ ...c, author: '我', mine: true })),
          ...returned.map((c) => ({ ...c, author: `上次退回·${r.actorName}` })),
        ];
      }
      const open = threads.value.filter((t) => !t.resolved);
      if (open.length) return open.map((t) => ({ path: t.path, comment: t.text, author: t.authorName || t.author }));
      const stillOpen = mode.value === 'edit' || (record.value && record.value.status === 'RETURNED');
      return stillOpen && !threads.value.length ? returned.map((c) => ({ ...c, author: r.actorName })) : [];
    });

    /** The version the reviewer returned, as its history entry records it. */
    const returnedVersion = computed(() => (lastReturn.value && typeof lastReturn.value.version === 'number' ? lastReturn.value.version : null));
    const focusLocal = ref(false);

    // ------------------------------------------------------------ rectification (整改): suggested where the result is weak
    const suggestion = ref(null);
    async function loadSuggestion() {
      if (!hasRole('PREFECTURE_REVIEWER') && !hasRole('PREFECTURE_LEADER')) { suggestion.value = null; return; }
      try { suggestion.value = await api.get(`/api/forms/${id.value}/rectifications/suggestion`, null, { silent: true }); } catch (e) { suggestion.value = null; }
    }

    // ------------------------------------------------------------ page
    async function loadAll() {
      await doc.load();
      if (doc.loadError.value) return;
      myComments.value = [];
      if (hasStored()) { // show the stored checks at once; the live call refreshes them
        live.findings.value = record.value.findings;
        live.computedValues.value = record.value.computed;
      }
      await Promise.all([loadHistory(), loadThreads(), live.runNow(), loadSuggestion()]);
      // open threads, or (for a reviewer checking the corrections) the discussion of the last return
      const reviewing = mode.value === 'review' || mode.value === 'signoff';
      if (threads.value.some((t) => !t.resolved) || (reviewing && threads.value.length)) sideTab.value = 'threads';
      else if (mode.value === 'edit' && lastReturn.value && lastReturn.value.fieldComments && lastReturn.value.fieldComments.length) sideTab.value = 'comments';
    }
    onMounted(loadAll);
    watch(id, (n, o) => { if (n && n !== o) loadAll(); });

    // ------------------------------------------------------------ comments (review)
    const commentOpen = ref(false);
    const commentPath = ref('');
    const commentLabel = ref('');
    const commentInitial = computed(() => {
      const c = myComments.value.find((x) => x.path === commentPath.value);
      return c ? c.comment : '';
    });
    function onCellClick({ path, label }) {
      commentPath.value = normalizePath(path);
      commentLabel.value = label;
      commentOpen.value = true;
    }
    function saveComment({ path, comment }) {
      const i = myComments.value.findIndex((x) => x.path === path);
      if (i >= 0) myComments.value.splice(i, 1, { path, comment });
      else myComments.value.push({ path, comment });
      sideTab.value = 'comments';
    }
    function removeComment(path) {
      myComments.value = myComments.value.filter((x) => x.path !== path);
    }

    // ------------------------------------------------------------ decisions
    const dialogOpen = ref(false);
    const dialogDecision = ref('SUBMIT');
    const dialogFindings = ref([]);
    const busy = ref(false);
    async function openDecision(decision) {
      if (decision === 'SUBMIT') {
        // the step keeps the version it submits: this save only brings the working copy up to date
        if (!(await doc.save({ quiet: true, autosave: true })) && doc.dirty.value) return;
        await live.runNow();
        // stored findings may include cross-form rules (duplicates, changed targets)
        try {
          const rec = await api.get(`/api/forms/${id.value}`, null, { silent: true });
          dialogFindings.value = mergeFindings(live.findings.value, rec.findings || []);
        } catch (e) { dialogFindings.value = live.findings.value; }
      } else {
        dialogFindings.value = findings.value;
      }
      dialogDecision.value = decision;
      dialogOpen.value = true;
    }
    async function confirmDecision(payload) {
      busy.value = true;
      try {
        const res = await completeTask(task.value, { ...payload, fieldComments: myComments.value });
        dialogOpen.value = false;
        doc.markClean();
        const rectified = payload.rectification ? '，并已要求整改' : '';
        message.success(`已${actionLabel(payload.decision)}${rectified}${res && res.status ? `，表单状态：${statusLabel(res.status)}` : ''}`);
        router.push({ name: 'inbox' });
      } catch (e) {
        if (e.status === 422 && e.findings.length) {
          dialogFindings.value = mergeFindings(e.findings, dialogFindings.value);
          message.error(e.message || '还有问题需要处理');
        } else {
          showError(e);
          if (e.status === 409) { dialogOpen.value = false; loadAll(); }
        }
      } finally {
        busy.value = false;
      }
    }

    async function claim() {
      try { await claimTask(task.value.id); message.success('已领取'); await doc.load(); } catch (e) { /* shown */ }
    }
    async function unclaim() {
      try { await unclaimTask(task.value.id); message.success('已释放，其他同事可以处理'); await doc.load(); } catch (e) { /* shown */ }
    }
    /** The filer may recall while their own submission is the last thing that happened. */
    const canRecall = computed(() => {
      if (!hasRole('FILER') || !record.value || mode.value !== 'view') return false;
      const t = task.value && taskOf(task.value.key);
      if (!t || !t.recallable || task.value.assignee) return false;
      const last = history.value[history.value.length - 1];
      return !!last && last.action === 'SUBMIT' && last.actor === me.value;
    });
    async function recall() {
      try {
        await api.post(`/api/forms/${id.value}/recall`);
        message.success('已撤回，可继续修改');
        loadAll();
      } catch (e) { /* shown */ }
    }
    function jumpTo(path) {
      tab.value = 'form';
      setTimeout(() => scrollToCell(path), 80);
    }
    const exportAs = (format) => download(`/api/forms/${id.value}/export`, { format },
      `${form.value.project || '绩效表'}.${format}`);
    /** 打印: the form tab (the print stylesheet hides everything around it), then the browser's print dialog. */
    function printForm() {
      tab.value = 'form';
      nextTick(() => window.print());
    }

    /** Shows what the copy kept in this browser changes against the form on the server. */
    function compareLocalCopy() {
      focusLocal.value = true;
      tab.value = 'diff';
    }
    watch(tab, (t) => { if (t !== 'diff') focusLocal.value = false; });

    return {
      id, record, form, doc, task, mode, suggestion, loadHistory, takenByOther, live, findings, computedValues, compareLocalCopy, focusLocal,
      history, historyLoading, lastReturn, returnedHere, taskLabel, threads, loadAll, explained, shownComments, myComments, returnedVersion,
      tab, sideTab, commentOpen, commentPath, commentLabel, commentInitial, onCellClick, saveComment, removeComment,
      dialogOpen, dialogDecision, dialogFindings, busy, openDecision, confirmDecision,
      claim, unclaim, canRecall, recall, exportAs, printForm, jumpTo, dateTime,
      goBack: () => (window.history.length > 1 ? router.back() : router.push({ name: 'inbox' })),
    };
  },
  template: `
  <div class="jx-form-page">
    <a-result v-if="doc.loadError.value" :status="doc.loadError.value.status === 404 ? '404' : (doc.loadError.value.status === 403 ? '403' : 'error')"
      :title="doc.loadError.value.message" sub-title="请从待办或表单列表重新打开。">
      <template #extra><a-button type="primary" @click="$router.push({ name: 'inbox' })">返回待办</a-button></template>
    </a-result>
    <a-spin v-else-if="!form" :spinning="true" tip="正在打开表单…" class="jx-page-spin" />
    <template v-else>
      <form-header :record="record" :form="form" :mode="mode" :taken-by-other="takenByOther"
        :save-state="doc.saveState.value" :dirty="doc.dirty.value" :saving="doc.saving.value" :conflict="doc.conflict.value"
        :can-recall="canRecall" @back="goBack" @save="doc.save()" @decide="openDecision" @claim="claim" @unclaim="unclaim"
        @recall="recall" @export="exportAs" @print="printForm">
        <template #actions><collab-bar :record="record" :mode="mode" @changed="loadAll" /></template>
      </form-header>

      <div class="jx-alerts">
        <a-alert v-if="takenByOther" type="info" show-icon :message="'该任务正由 ' + task.assignee + ' 处理，您只能查看。'" />
        <a-alert v-if="mode === 'edit' && task.key === 'correct' && lastReturn" type="warning" show-icon closable data-testid="return-alert">
          <template #message>
            退回意见（{{ lastReturn.actorName }}，{{ dateTime(lastReturn.at) }}）：{{ lastReturn.comment || '（无）' }}
          </template>
          <template #description v-if="lastReturn.fieldComments && lastReturn.fieldComments.length">
            另有 {{ lastReturn.fieldComments.length }} 条单元格批注，已用蓝色角标标在对应单元格上（鼠标悬停查看），也可在右侧“批注”中点击定位。
            <a v-if="returnedVersion !== null" @click="tab = 'diff'">查看本次修改了哪些内容</a>
          </template>
        </a-alert>
        <a-alert v-if="returnedHere" type="warning" show-icon closable data-testid="returned-here-alert"
          :message="returnedHere.actorName + '（' + taskLabel(returnedHere.task) + '）退回给您（' + dateTime(returnedHere.at) + '）：' + (returnedHere.comment || '（无）')" />
        <a-alert v-if="mode === 'review' || mode === 'signoff'" type="info" show-icon closable
          message="点击任一单元格可添加批注；退回时批注随退回意见一并发给填报人。" />
        <a-alert v-if="doc.localCopy.value" type="warning" show-icon data-testid="local-copy-alert">
          <template #message>本机保存有 {{ dateTime(doc.localCopy.value.at) }} 未能保存到服务器的修改。</template>
          <template #action>
            <a-space>
              <a-button size="small" @click="compareLocalCopy">对比</a-button>
              <a-button size="small" type="primary" @click="doc.restoreLocalCopy()">恢复我的修改</a-button>
              <a-button size="small" @click="doc.dropLocalCopy()">丢弃</a-button>
            </a-space>
          </template>
        </a-alert>
      </div>

      <div class="jx-form-body">
        <div class="jx-form-main">
          <a-tabs v-model:activeKey="tab" size="small" class="jx-form-tabs">
            <a-tab-pane key="form" tab="表单" />
            <a-tab-pane key="diff" :tab="'修改对比' + (returnedVersion !== null ? '（退回后）' : '')" />
            <a-tab-pane key="history" :tab="'审批记录 (' + history.length + ')'" />
            <a-tab-pane key="attachments" tab="附件" />
            <a-tab-pane key="rectifications" tab="整改" />
            <a-tab-pane key="diagram" tab="流程图" />
          </a-tabs>
          <div class="jx-form-scroll" id="jx-form-scroll">
            <form-sheet v-show="tab === 'form'" :form="form" :editable="mode === 'edit'" :findings="findings"
              :computed-values="computedValues" :comments="shownComments" :commentable="mode === 'review' || mode === 'signoff'"
              @cell-click="onCellClick" />
            <version-compare v-if="tab === 'diff'" :form-id="id" :current="form" :editing="mode === 'edit'"
              :returned-version="returnedVersion" :returned-at="lastReturn ? String(lastReturn.at) : null"
              :local-copy="doc.localCopy.value" :focus-local="focusLocal" />
            <div v-if="tab === 'attachments'" class="jx-pad">
              <attachment-panel :form-id="id" :editable="mode === 'edit'" />
            </div>
            <div v-if="tab === 'rectifications'" class="jx-pad">
              <rectification-panel :form-id="id" :record="record" :suggestion="suggestion" @changed="loadHistory" />
            </div>
            <process-diagram v-if="tab === 'diagram'" :form-id="id" />
            <div v-if="tab === 'history'" class="jx-pad">
              <history-timeline :entries="history" :form="form" :loading="historyLoading" />
            </div>
          </div>
        </div>

        <form-side-panel v-model:active-tab="sideTab" :form="form" :findings="findings" :computed-values="computedValues"
          :loading="live.loading.value" :failure="live.failure.value" :explained="explained" :comments="shownComments"
          :mode="mode" @remove-comment="removeComment" :form-id="id" :filer="record.filer" :threads="threads"
          @threads-changed="t => { threads = t; }" />
      </div>

      <decision-dialog v-model:open="dialogOpen" :decision="dialogDecision" :task-key="task ? task.key : ''"
        :findings="dialogFindings" :explained="explained" :field-comments="myComments" :form="form" :busy="busy"
        :suggestion="suggestion"
        @confirm="confirmDecision" @jump="jumpTo" />
      <comment-dialog v-model:open="commentOpen" :path="commentPath" :label="commentLabel" :form="form" :initial="commentInitial"
        @save="saveComment" @remove="removeComment" />
    </template>
  </div>`,
};
