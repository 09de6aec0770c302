// 校验规则说明: docs/rules.md as the app serves it, rendered; #/rules/CODE scrolls to the rule a finding links to.
import { renderMarkdown } from '../markdown.js';

const { ref, onMounted, nextTick, watch } = Vue;
const { useRoute } = VueRouter;

export default {
  name: 'RulesPage',
  setup() {
    const route = useRoute();
    const html = ref('');
    const failure = ref('');
    function scrollToRule() {
      const code = route.params.code;
      const el = code && document.getElementById(code);
      document.querySelectorAll('.jx-rule-current').forEach((h) => h.classList.remove('jx-rule-current'));
      if (el) { el.classList.add('jx-rule-current'); el.scrollIntoView({ block: 'start' }); }
    }
    onMounted(async () => {
      try {
        const res = await fetch('docs/rules.md', { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        html.value = renderMarkdown(await res.text());
        await nextTick();
        scrollToRule();
      } catch (e) { failure.value = `规则说明暂时无法打开（${e.message}）`; }
    });
    watch(() => route.params.code, () => nextTick(scrollToRule));
    return { html, failure };
  },
  template: `
  <div class="jx-page">
    <a-alert v-if="failure" type="warning" show-icon :message="failure" />
    <article class="jx-rules-page" data-testid="rules-page" v-html="html" />
  </div>`,
};
