// The head of the form page: what the form is, its status and step, save state, and the actions the
// current user may take (save / submit, approve / return, sign / return, claim, recall, export). The decisions
// sit in one group that a phone pins to the bottom of the screen (app.css), where a thumb reaches 签发.
import { period, dueText, isOverdue, TYPE_COLORS } from '../format.js';
import { typeLabel, fundLabel, taskLabel } from '../meta.js';
import ProcessSteps from './ProcessSteps.js';
import StatusTag from './StatusTag.js';

const { computed } = Vue;

export default {
  name: 'FormHeader',
  components: { ProcessSteps, StatusTag },
  props: {
    record: { type: Object, required: true }, // GET /api/forms/{id}
    form: { type: Object, required: true },
    mode: { type: String, required: true }, // edit | review | signoff | view
    takenByOther: { type: Boolean, default: false },
    saveState: { type: String, default: '' },
    dirty: { type: Boolean, default: false },
    saving: { type: Boolean, default: false },
    conflict: { type: Boolean, default: false },
    canRecall: { type: Boolean, default: false },
  },
  emits: ['back', 'save', 'decide', 'claim', 'unclaim', 'recall', 'export', 'print'],
  setup(props) {
    const task = computed(() => props.record.task || null);
    const title = computed(() => props.form.project || '（未填写项目名称）');
    return { task, title, typeLabel, fundLabel, period, taskLabel, dueText, isOverdue, TYPE_COLORS };
  },
  template: `
  <div class="jx-form-head">
    <div class="jx-form-head-row">
      <a-button size="small" @click="$emit('back')">← 返回</a-button>
      <a-tag :color="TYPE_COLORS[form.type]">{{ typeLabel(form.type) }}</a-tag>
      <span class="jx-form-title" :title="title">{{ title }}</span>
      <span class="jx-muted jx-nowrap">{{ form.unit }} · {{ fundLabel(form.fund) }} · {{ period(form.type, form.year, form.monitorMonth) }}</span>
      <status-tag :status="record.status" data-test="form-status" />
      <span class="jx-spacer" />
      <span v-if="mode === 'edit'" class="jx-save-state" :class="{ 'jx-bad': conflict }" data-testid="save-state">{{ saveState }}</span>
      <a-button size="small" @click="$emit('print')" data-testid="btn-print">打印</a-button>
      <a-dropdown>
        <a-button size="small">导出</a-button>
        <template #overlay>
          <a-menu>
            <a-menu-item key="x" @click="$emit('export', 'xlsx')">导出 Excel（官方表样）</a-menu-item>
            <a-menu-item key="p" @click="$emit('export', 'pdf')">导出 PDF</a-menu-item>
          </a-menu>
        </template>
      </a-dropdown>
      <div class="jx-decisions" role="group" aria-label="办理">
      <template v-if="mode === 'edit'">
        <a-tooltip title="保存为一个版本（Ctrl+S）；编辑时每 10 秒自动保存修改，自动保存不另存版本"><a-button size="small" :loading="saving" :disabled="!dirty" @click="$emit('save')" data-testid="btn-save">保存</a-button></a-tooltip>
        <a-button size="small" type="primary" @click="$emit('decide', 'SUBMIT')" data-testid="btn-submit">
          {{ task.key === 'correct' ? '重新提交' : '提交审核' }}
        </a-button>
      </template>
      <template v-if="mode === 'review'">
        <a-button size="small" danger @click="$emit('decide', 'RETURN')" data-testid="btn-return">退回修改</a-button>
        <a-button size="small" type="primary" @click="$emit('decide', 'APPROVE')" data-testid="btn-approve">
          {{ task.key === 'unitReview' ? '审核上报' : '审核通过' }}
        </a-button>
      </template>
      <template v-if="mode === 'signoff'">
        <a-button size="small" danger @click="$emit('decide', 'RETURN')" data-testid="btn-return">退回</a-button>
        <a-button size="small" type="primary" @click="$emit('decide', 'SIGN')" data-testid="btn-sign">签发</a-button>
      </template>
      </div>
      <a-button v-if="task && !task.assignee && mode !== 'view'" size="small" @click="$emit('claim')">领取</a-button>
      <a-button v-if="task && task.assignee && !takenByOther && (mode === 'review' || mode === 'signoff')" size="small" @click="$emit('unclaim')">释放</a-button>
      <slot name="actions" />
      <a-popconfirm v-if="canRecall" title="撤回后可继续修改（下一环节尚未处理时才能撤回）。确定撤回？" ok-text="撤回" cancel-text="取消" @confirm="$emit('recall')">
        <a-button size="small" data-testid="btn-recall">撤回</a-button>
      </a-popconfirm>
    </div>
    <div class="jx-form-head-row">
      <process-steps :status="record.status" :task-key="task ? task.key : ''" style="flex: 1; max-width: 720px" />
      <span v-if="task" class="jx-task-info">
        当前环节：<b>{{ taskLabel(task.key, task.name) }}</b>
        <span v-if="task.assignee"> · 处理人 {{ task.assignee }}</span><span v-else> · 待领取</span>
      </span>
      <span v-if="record.due && record.status !== 'SIGNED'" class="jx-task-info" :class="{ 'jx-overdue': record.overdue || isOverdue(record.due) }">截止 {{ dueText(record.due, record.overdue, (record.task && record.task.created) || record.created) }}</span>
    </div>
  </div>`,
};
