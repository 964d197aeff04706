/**
 * Resolves in a new task, after any input waiting (a message, not a timer: timers are clamped).
 * Long work awaits it between its parts, so the page answers input in between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
