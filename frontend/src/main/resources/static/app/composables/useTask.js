// Claiming and completing a task: POST /api/tasks/{id}/claim|unclaim|complete.
import { api } from '../api.js';
import { session } from '../session.js';

/** Claims the task ({id, assignee}, as a form's open task) first when it is offered to a group and not yet assigned. */
export async function ensureClaimed(task) {
  if (!task || task.assignee) return task;
  await api.post(`/api/tasks/${task.id}/claim`, undefined, { silent: true });
  return { ...task, assignee: session.user && session.user.username };
}

export const claimTask = (taskId) => api.post(`/api/tasks/${taskId}/claim`);
export const unclaimTask = (taskId) => api.post(`/api/tasks/${taskId}/unclaim`);

/**
 * Completes a task: {decision, comment, fieldComments, acknowledgedWarnings, returnTo}.
 * Silent: callers show 422 findings in their dialogs.
 */
export async function completeTask(task, body) {
  const claimed = await ensureClaimed(task);
  const payload = {
    decision: body.decision,
    comment: body.comment || null,
    fieldComments: body.fieldComments || [],
    acknowledgedWarnings: body.acknowledgedWarnings || [],
  };
  if (body.returnTo) payload.returnTo = body.returnTo;
  return api.post(`/api/tasks/${claimed.id}/complete`, payload, { silent: true });
}
