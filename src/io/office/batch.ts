/**
 * Requests under the size limit: commands are queued with their estimated bytes, and the context
 * syncs before one would push the request past the budget. Every request suspends calculation (and
 * screen updating where the host has it) until its sync, so Excel does not recalculate per chunk.
 */
import type { HostContext } from './host';
import { commandOverheadBytes } from './plan';

/** Queues commands and syncs before a request would pass the budget; each request suspends calculation. */
export class Batcher {
  private bytes = 0;
  private ops = 0;
  constructor(private readonly context: HostContext, private readonly budgetBytes: number, private readonly screen: boolean) {}
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.ops > 0 && this.bytes + bytes > this.budgetBytes) await this.flush();
    if (this.ops === 0) {
      this.context.application.suspendApiCalculationUntilNextSync();
      if (this.screen) this.context.application.suspendScreenUpdatingUntilNextSync();
      this.bytes = 2 * commandOverheadBytes;
    }
    queue();
    this.bytes += bytes;
    this.ops++;
  }
  budget(): number {
    return this.budgetBytes;
  }
  async flush(): Promise<void> {
    if (this.ops === 0) return;
    await this.context.sync();
    this.bytes = 0;
    this.ops = 0;
  }
}

