/**
 * JSZip schedules its work with `setImmediate`, which browsers lack; its own polyfill (the
 * `setimmediate` package) holds `new Function` and `importScripts`, which the add-in's bundle must
 * not (test/security). This gives browsers a setImmediate on a MessageChannel — a task, so the task
 * pane stays responsive, without setTimeout's 4 ms clamp on every chunk — so the bundle can leave the
 * polyfill out (webpack: `resolve.alias: { setimmediate$: false }`). Node keeps its own.
 */
type Immediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => unknown;

const scope = globalThis as { setImmediate?: Immediate };
if (typeof scope.setImmediate !== 'function') {
  const queue: (() => void)[] = [];
  const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
  if (channel) {
    channel.port1.onmessage = () => queue.shift()?.();
    // Where ports can hold a process open (Node's), this one must not.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  scope.setImmediate = (callback, ...args) => {
    if (!channel) return setTimeout(() => callback(...args), 0);
    queue.push(() => callback(...args));
    channel.port2.postMessage(null);
    return undefined;
  };
}

export {};
