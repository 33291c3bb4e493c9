let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after every task already queued has settled, so no two read-change-writes of
 * stored state (a reconcile, a save, an allowance) ever interleave and none is lost. A task
 * that fails passes its error to its caller and does not stop the queue.
 *
 * Never wait for `serially` (or `requestReconcile`) from inside a task: it would wait for
 * itself. Inside a task, call `reconcile` directly.
 */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task);
  tail = run.catch(() => undefined);
  return run;
}
