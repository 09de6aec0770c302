// The org tree as GET /api/admin/orgs sends it: [{id, level, children: […]}].

/** The node with this id anywhere in the tree, or null. */
export function findNode(nodes, id) {
  for (const n of nodes || []) {
    if (n.id === id) return n;
    const hit = findNode(n.children, id);
    if (hit) return hit;
  }
  return null;
}
