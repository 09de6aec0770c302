// A form status as a coloured tag: 草稿 / 单位审核 / 地区审核 / 领导签发 / 已签发 / 退回修改.
import { statusColor } from '../format.js';
import { statusLabel } from '../meta.js';

export default {
  name: 'StatusTag',
  props: { status: { type: String, default: '' } },
  setup() { return { statusLabel, statusColor }; },
  template: `<a-tag v-if="status" :color="statusColor(status)" class="jx-status">{{ statusLabel(status) }}</a-tag><span v-else class="jx-muted">未填报</span>`,
};
