/**
 * Round twenty-five, speed (fspeed12): EntityMemory.entitiesBefore, the entities of `before(pos)` each once in
 * the order of their latest mention, which resolveBackref and resolveOrgDescription search instead of the
 * mentions (the same entity found, each entity tested once).
 */
import { EntityMemory } from '../../../shared/attribution/finder/memory';
import type { Entity } from '../../../shared/attribution/finder/entities';

const distinctInOrder = (memory: EntityMemory, pos: number): Entity[] => {
  const out: Entity[] = [];
  for (const m of memory.before(pos)) if (!out.includes(m.entity)) out.push(m.entity);
  return out;
};

test('entitiesBefore lists each entity once, latest mention first, and answers afresh after each mention', () => {
  const memory = new EntityMemory();
  const mayor = memory.add({ kind: 'person', name: 'Ines Calder', role: 'mayor', gender: 'f', titled: true }, 10, 0, true);
  const council = memory.add({ kind: 'org', name: 'Dunmore Council', role: '', gender: null, titled: true }, 30, 1, false);
  expect(memory.entitiesBefore(100)).toEqual([council, mayor]);
  memory.mention(mayor, 50, 2, true);
  expect(memory.entitiesBefore(100)).toEqual([mayor, council]);
  expect(memory.entitiesBefore(40)).toEqual([council, mayor]);
  expect(memory.entitiesBefore(20)).toEqual([mayor]);
  expect(memory.entitiesBefore(5)).toEqual([]);
});

test('entitiesBefore is before(pos) with repeats dropped, and find on it finds the entity find on the mentions does', () => {
  const memory = new EntityMemory();
  const names = ['Ines Calder', 'Tomas Reyes', 'Harbour Board', 'Ana Lutz', 'Port Authority'];
  const entities = names.map((name, k) => memory.add({ kind: k % 3 === 2 ? 'org' : 'person', name, role: '', gender: null, titled: true }, k * 7, k, k % 2 === 0));
  // mentions out of order too (a later reading may note an earlier position)
  let seed = 7;
  for (let i = 0; i < 300; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const pos = 40 + (seed % 900);
    memory.mention(entities[seed % entities.length]!, pos, Math.floor(pos / 30), seed % 3 === 0);
    if (i % 10 !== 0) continue;
    for (const at of [0, 35, pos, pos + 1, 500, 2000]) {
      expect(memory.entitiesBefore(at)).toEqual(distinctInOrder(memory, at));
      for (const test of [(e: Entity) => e.kind === 'org', (e: Entity) => e.name.includes('a'), (e: Entity) => e.name.startsWith('T')]) {
        expect(memory.entitiesBefore(at).find(test)).toBe(memory.before(at).find((m) => test(m.entity))?.entity);
      }
    }
  }
});
