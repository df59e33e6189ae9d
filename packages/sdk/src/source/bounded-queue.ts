/**
 * A first-in first-out queue with a capacity: producers await `push` while it is full, the single
 * consumer awaits `pop` while it is empty. It is how concurrent slice readers hand records to the
 * one writer without holding more than `capacity` items in memory.
 */
export class BoundedQueue<T> {
  private readonly items: T[] = [];
  private head = 0;
  private closed = false;
  private readonly waitingProducers: (() => void)[] = [];
  private waitingConsumer: ((value: T | undefined) => void) | undefined;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.length - this.head;
  }

  /** Adds an item; resolves at once while there is room, else when the consumer makes room. */
  async push(item: T): Promise<void> {
    while (this.size >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.waitingProducers.push(resolve));
    }
    if (this.closed) return;
    if (this.waitingConsumer) {
      const consumer = this.waitingConsumer;
      this.waitingConsumer = undefined;
      consumer(item);
      return;
    }
    this.items.push(item);
  }

  /** The next item, or undefined once the queue is closed and empty. */
  pop(): Promise<T | undefined> | T | undefined {
    if (this.size > 0) {
      const item = this.items[this.head] as T;
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items.splice(0, this.head);
        this.head = 0;
      }
      this.waitingProducers.shift()?.();
      return item;
    }
    if (this.closed) return undefined;
    return new Promise<T | undefined>((resolve) => {
      this.waitingConsumer = resolve;
    });
  }

  /** No more items: the consumer gets undefined after the last one, waiting producers are released. */
  close(): void {
    this.closed = true;
    for (const wake of this.waitingProducers.splice(0)) wake();
    if (this.waitingConsumer && this.size === 0) {
      const consumer = this.waitingConsumer;
      this.waitingConsumer = undefined;
      consumer(undefined);
    }
  }
}
