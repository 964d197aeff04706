import { nextTask } from './next-task.js';

/** Work for longer than this without a pause keeps the page from answering input noticeably. */
const STEP_BUDGET_MS = 10;

/**
 * Runs a check's steps. A big file takes a while to check: the page answers input between the
 * steps, and after the last one when it ran past the budget, so the element's first render of the
 * data starts in a task of its own. A small file's steps run on without a pause: each pause is a
 * task switch (and maybe a frame) the content waits for.
 */
export async function inSteps<T>(steps: Generator<void, T, void>): Promise<T> {
  let since = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - since < STEP_BUDGET_MS) return;
    await nextTask();
    since = performance.now();
  };
  let step = steps.next();
  for (; !step.done; step = steps.next()) await pause();
  await pause();
  return step.value;
}
