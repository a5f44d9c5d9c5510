/**
 * What an admin chose in a form that mirrors server state (a user's products): the changes they made to what
 * the server said, not a snapshot of every box. What the form asks for is always the server's latest state
 * with those changes, so a side action that changes the server (leaving queues releases a Contact Center seat)
 * never turns a box the admin left alone into a request: nothing is assigned or removed that they did not choose.
 */
export class Choices {
  readonly #on = new Set<string>();
  readonly #off = new Set<string>();

  /** Whether `id` is wanted, the server holding it or not (`held`). */
  wants(id: string, held: boolean): boolean {
    return this.#on.has(id) || (held && !this.#off.has(id));
  }

  /** The admin ticked or unticked `id`, which the server holds or not. */
  choose(id: string, on: boolean, held: boolean): void {
    this.#on.delete(id);
    this.#off.delete(id);
    if (on !== held) (on ? this.#on : this.#off).add(id);
  }

  /** The server now does what was chosen for `ids` (they were saved): no longer changes to it. */
  applied(ids: readonly string[]): void {
    for (const id of ids) {
      this.#on.delete(id);
      this.#off.delete(id);
    }
  }

  clear(): void {
    this.#on.clear();
    this.#off.clear();
  }
}
