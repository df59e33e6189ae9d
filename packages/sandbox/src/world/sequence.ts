/** A counter that hands out increasing ids, starting at a given value. */
export class Sequence {
  constructor(private value: number) {}

  next(): number {
    return this.value++;
  }
}
