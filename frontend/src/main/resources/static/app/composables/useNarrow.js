// Whether the screen is narrow (at most 720 CSS px, as app.css's phone rules: a phone, or a 1366 px screen with its
// text zoomed to 200 %): pages that need another structure there (cards instead of a wide table, a menu drawer
// instead of the header's links) follow this flag.
const { ref, onMounted, onBeforeUnmount } = Vue;

export const NARROW_QUERY = '(max-width: 720px)';

export function useNarrow() {
  const query = window.matchMedia(NARROW_QUERY);
  const narrow = ref(query.matches);
  const update = (e) => { narrow.value = e.matches; };
  onMounted(() => query.addEventListener('change', update));
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
