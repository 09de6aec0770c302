// 填表说明 beside a part of the table: the notes of the Excel template's sheet that concern it, from /api/meta.
import { useSheet } from '../sheet.js';
import { fillingNotes } from '../meta.js';

const { computed } = Vue;

export default {
  name: 'FillingNotes',
  props: { section: { type: String, required: true } },
  setup(props) {
    const sheet = useSheet();
    const notes = computed(() => (sheet && sheet.editable ? fillingNotes(props.section, sheet.form.type) : []));
    return { notes };
  },
  template: `
  <div v-if="notes.length" class="jx-filling-notes" :data-testid="'filling-notes-' + section">
    <span class="jx-filling-notes-head">填表说明</span>
    <span v-for="n in notes" :key="n.code" class="jx-filling-note">{{ n.label }}</span>
  </div>`,
};
