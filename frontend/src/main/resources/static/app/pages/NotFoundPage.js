// Unknown address.
export default {
  name: 'NotFoundPage',
  template: `
  <a-result status="404" title="页面不存在" sub-title="地址可能有误，或该页面已移动。">
    <template #extra><a-button type="primary" @click="$router.push({ name: 'inbox' })">返回待办</a-button></template>
  </a-result>`,
};
