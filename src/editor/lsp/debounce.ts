/**
 * Runs a task for a key once the calls for that key have paused for `delay`
 * ms: editors send a change per keystroke, and only the last text matters.
 */
export class Debouncer<Key> {
  private readonly timers = new Map<Key, NodeJS.Timeout>();
  private readonly delay: number;

  constructor(delay: number) {
    this.delay = delay;
  }

  schedule(key: Key, task: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        task();
      }, this.delay),
    );
  }

  cancel(key: Key): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }
}
