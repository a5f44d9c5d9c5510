import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Choices } from './choices.js';

// The products panel's rule, as a property: whatever the server does between the admin's clicks (a side action
// releases a seat, someone else assigns one, a save applies some choices), the panel asks for exactly what the
// admin last chose for each product, and for what the server holds for every product the admin left alone.

const products = ['cs', 'cc', 'live'] as const;
type Step =
  | { kind: 'click'; id: (typeof products)[number]; on: boolean }
  | { kind: 'server'; id: (typeof products)[number]; held: boolean }
  | { kind: 'saved'; ids: (typeof products)[number][] };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('click' as const), id: fc.constantFrom(...products), on: fc.boolean() }),
  fc.record({ kind: fc.constant('server' as const), id: fc.constantFrom(...products), held: fc.boolean() }),
  fc.record({ kind: fc.constant('saved' as const), ids: fc.subarray([...products]) }),
);

describe('Choices (what the products panel saves)', () => {
  it('never asks for a product the admin did not choose, whatever the server did in between', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...products), fc.boolean()),
        fc.array(step, { maxLength: 30 }),
        (start, steps) => {
          const held = new Map(products.map((p) => [p, start[p] ?? false]));
          const choices = new Choices();
          // The model: products clicked since they were last saved, and the clicks that changed the server's state.
          const clicked = new Set<string>();
          const changes = new Map<string, boolean>();
          for (const s of steps) {
            if (s.kind === 'click') {
              choices.choose(s.id, s.on, held.get(s.id)!);
              clicked.add(s.id);
              if (s.on === held.get(s.id)) changes.delete(s.id);
              else changes.set(s.id, s.on);
            } else if (s.kind === 'server') {
              held.set(s.id, s.held);
            } else {
              // A save makes the server do what was asked for those products.
              for (const id of s.ids) held.set(id, choices.wants(id, held.get(id)!));
              choices.applied(s.ids);
              for (const id of s.ids) {
                clicked.delete(id);
                changes.delete(id);
              }
            }
            for (const p of products) {
              const wants = choices.wants(p, held.get(p)!);
              if (!clicked.has(p)) expect(wants, `${p}, left alone, follows the server`).toBe(held.get(p));
              else expect(wants, `${p}, as clicked`).toBe(changes.get(p) ?? held.get(p));
            }
          }
        },
      ),
      { seed: 20261204, numRuns: 500 },
    );
  });

  it('keeps a Contact Center box the admin left alone in step with the server after the queues are left', () => {
    const choices = new Choices();
    choices.choose('cs', false, true); // untick Connect Standard
    // leaving the queues releases the Contact Center seat on the server
    expect(choices.wants('cc', false)).toBe(false);
    expect(choices.wants('cs', true)).toBe(false);
  });
});
