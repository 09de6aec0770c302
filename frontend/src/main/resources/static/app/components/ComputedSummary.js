// The computed values the validator returns: 时间进度, 执行率, 总体完成率, 自评得分 and 等级, 偏差须说明.
import { pct, score, wan, GRADE_COLORS } from '../format.js';

const { computed } = Vue;

export default {
  name: 'ComputedSummary',
  props: {
    type: { type: String, required: true },
    values: { type: Object, default: () => ({}) },
    stated: { type: Object, default: () => ({}) }, // the form's goal (stated 总体完成率)
    form: { type: Object, default: null },
  },
  setup(props) {
    const v = computed(() => props.values || {});
    const indicatorCount = computed(() => (props.form && props.form.indicators ? props.form.indicators.length : 0));
    const planned = computed(() => props.form && props.form.budget && props.form.budget.planned ? props.form.budget.planned.total : null);
    return { v, pct, score, wan, GRADE_COLORS, indicatorCount, planned };
  },
  template: `
  <div class="jx-computed" data-testid="computed-summary">
    <div class="jx-computed-item" v-if="type === 'TARGET'">
      <div class="jx-computed-k">年度资金总额</div><div class="jx-computed-v jx-computed-small">{{ wan(planned) }}</div>
    </div>
    <div class="jx-computed-item" v-if="type === 'TARGET'">
      <div class="jx-computed-k">绩效指标</div><div class="jx-computed-v">{{ indicatorCount }} 项</div>
    </div>
    <div class="jx-computed-item" v-if="type !== 'TARGET'">
      <div class="jx-computed-k">时间进度</div><div class="jx-computed-v">{{ pct(v.timeProgress, 0) }}</div>
    </div>
    <div class="jx-computed-item" v-if="type !== 'TARGET'">
      <div class="jx-computed-k">预算执行率</div>
      <div class="jx-computed-v" :class="{ 'jx-bad': v.executionRate != null && v.timeProgress != null && v.executionRate < v.timeProgress - 20 }">{{ pct(v.executionRate) }}</div>
    </div>
    <div class="jx-computed-item" v-if="type === 'MONITORING'">
      <div class="jx-computed-k">总体完成率</div>
      <div class="jx-computed-v">{{ pct(v.overallCompletionRate, 0) }}</div>
      <div class="jx-computed-s" v-if="stated.completionRate != null">表上填 {{ stated.completionRate }}%</div>
    </div>
    <div class="jx-computed-item" v-if="type === 'EVALUATION'">
      <div class="jx-computed-k">自评得分</div>
      <div class="jx-computed-v" data-testid="computed-score">{{ score(v.score) }}</div>
    </div>
    <div class="jx-computed-item" v-if="type === 'EVALUATION'">
      <div class="jx-computed-k">等级</div>
      <div class="jx-computed-v"><a-tag v-if="v.grade" :color="GRADE_COLORS[v.grade]" style="font-size: 14px">{{ v.grade }}</a-tag><span v-else>—</span></div>
    </div>
    <div class="jx-computed-item" v-if="type !== 'TARGET'">
      <div class="jx-computed-k">偏差须说明</div>
      <div class="jx-computed-v"><a-tag :color="v.deviationRequired ? 'red' : 'green'">{{ v.deviationRequired ? '是' : '否' }}</a-tag></div>
    </div>
  </div>`,
};
