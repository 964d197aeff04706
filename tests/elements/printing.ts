import { emulateMedia } from '@web/test-runner-commands';

const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(r));

/** Switches to print media and fires beforeprint, as the browser does when the reader prints. */
export async function startPrinting(): Promise<void> {
  await emulateMedia({ media: 'print' });
  dispatchEvent(new Event('beforeprint'));
  await frame();
}

/** Back to the screen after printing. */
export async function stopPrinting(): Promise<void> {
  dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
  await frame();
}
