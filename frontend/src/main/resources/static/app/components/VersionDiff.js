// What changed between two versions of a form (e.g. the version returned and the one being resubmitted).
import { diffForms } from '../diff.js';
import { pathLabel, valueText, normalizePath } from '../form-model.js';
import { scrollToCell } from '../sheet.js';

const { computed, inject, ref } = Vue;
const KIND = { added: ['新增', 'green'], removed: ['删除', 'red'], changed: ['修改', 'blue'], moved: ['移动', 'default'] };

export default {
  name: 'VersionDiff',
  props: {
    before: { type: Object, default: null },
    after: { type: Object, default: null },
    beforeLabel: { type: String, default: '原版本' },
    afterLabel: { type: String, default: '当前' },
  },
  setup(props) {
    const changes = computed(() => (props.before && props.after ? diffForms(props.before, props.after) : []));
    const label = (c) => (c.kind === 'removed' && c.removedIndex !== undefined
      ? `${pathLabel(c.path, props.before)}（原第${c.removedIndex + 1}行）`
      : pathLabel(c.path, c.kind === 'removed' ? props.before : props.after));
    const text = (c, side) => {
      if (c.kind === 'moved') return side === 'before' ? `第${c.before + 1}行` : `第${c.after + 1}行`;
      return valueText(side === 'before' ? c.before : c.after);
    };
    // the form page's comment threads: a change on a commented cell answers that thread
    const threads = inject('commentThreads', ref([]));
    const answers = (c) => threads.value.filter((t) => normalizePath(t.path) === normalizePath(c.path));
    return { changes, label, text, KIND, answers, go: (c) => scrollToCell(c.path) };
  },
  template: `
  <div class="jx-diff" data-testid="version-diff">
    <a-empty v-if="!before" description="没有可比较的版本" />
    <template v-else>
      <div class="jx-diff-head">{{ beforeLabel }} → {{ afterLabel }}：共 {{ changes.length }} 处变化</div>
      <table v-if="changes.length" class="jx-grid jx-diff-table">
        <colgroup><col style="width: 56px"><col style="width: 240px"><col><col></colgroup>
        <thead><tr><th></th><th>位置</th><th>{{ beforeLabel }}</th><th>{{ afterLabel }}</th></tr></thead>
        <tbody>
          <tr v-for="(c, i) in changes" :key="i">
            <td><a-tag :color="KIND[c.kind][1]">{{ KIND[c.kind][0] }}</a-tag></td>
            <td><a @click="go(c)">{{ label(c) }}</a>
              <div v-for="t in answers(c)" :key="t.id" class="jx-diff-answers" data-testid="diff-answers">
                <a-tag :color="t.resolved ? 'green' : 'orange'">回应批注</a-tag>{{ t.authorName || t.author }}：{{ t.text }}
              </div>
            </td>
            <td class="jx-diff-before">{{ text(c, 'before') }}</td>
            <td class="jx-diff-after">{{ text(c, 'after') }}</td>
          </tr>
        </tbody>
      </table>
      <a-empty v-else description="两个版本内容相同" />
    </template>
  </div>`,
};
