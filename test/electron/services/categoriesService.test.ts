import { afterEach, describe, expect, it } from 'vitest';
import { makeTestHost, type TestHost } from '../../support/testHost';

const NFC = 'Caf\u00e9 \u00c9crit';
const NFD = 'Cafe\u0301 E\u0301crit';

let host: TestHost;
afterEach(() => host?.cleanup());

const refusal = async (channel: 'categories.add' | 'categories.update', request: unknown) => {
  const result = await host.app.router.call(channel, request);
  return result.ok ? null : result.error;
};

describe('category names', () => {
  it('a name that differs from an existing one only by how its accents are encoded is refused, adding or renaming', async () => {
    host = makeTestHost();
    await host.call('categories.add', { name: NFC, area: 'family' });
    const reading = await host.call('categories.add', { name: 'Reading', area: 'family' });

    expect(await refusal('categories.add', { name: NFD, area: 'work' })).toMatchObject({ code: 'conflict', message: `A category called ${NFC} exists already.` });
    expect(await refusal('categories.update', { id: reading.id, name: NFD.toLowerCase() })).toMatchObject({ code: 'conflict' });
    expect(host.app.store.getCategories().map((c) => c.name)).toEqual(['Work', 'Fitness', 'Family', NFC, 'Reading']);
  });

  it('a name typed decomposed is saved composed, adding or renaming, so what is stored is one spelling', async () => {
    host = makeTestHost();
    const added = await host.call('categories.add', { name: NFD, area: 'family' });
    expect(added.name).toBe(NFC);
    const renamed = await host.call('categories.update', { id: 'fitness', name: 'Pe\u0301tanque' });
    expect(renamed.name).toBe('P\u00e9tanque');
    expect(host.app.store.getCategories().map((c) => c.name)).toEqual(['Work', 'P\u00e9tanque', 'Family', NFC]);
  });

  it('a name stored decomposed before is matched too, and kept as it was until it is renamed', async () => {
    host = makeTestHost();
    host.app.store.setCategories([...host.app.store.getCategories(), { id: 'old', name: NFD, area: 'family', color: '#CC79A7', archived: false }]);
    expect(await refusal('categories.add', { name: NFC, area: 'family' })).toMatchObject({ code: 'conflict', message: `A category called ${NFD} exists already.` });
    await host.call('categories.update', { id: 'old', color: '#E69F00' });
    expect(host.app.store.getCategories().find((c) => c.id === 'old')?.name).toBe(NFD);
    expect((await host.call('categories.update', { id: 'old', name: NFD })).name).toBe(NFC);
  });
});

describe('a category moved to another area', () => {
  /** Volunteering with 3 h on a Wednesday of each week named (10:00–13:00 Berlin), and 1 h this week. */
  const volunteering = async (area: 'work' | 'family', wednesdays: string[]) => {
    host = makeTestHost();
    const { id } = await host.call('categories.add', { name: 'Volunteering', area });
    for (const date of wednesdays) await host.call('entries.add', { categoryId: id, start: Date.parse(`${date}T09:00:00Z`), end: Date.parse(`${date}T12:00:00Z`) });
    await host.call('entries.add', { categoryId: id, start: Date.parse('2026-11-23T09:00:00Z'), end: Date.parse('2026-11-23T10:00:00Z') });
    return id;
  };

  it('says how much time of which lived weeks moves from one area to the other, and what changes with it', async () => {
    const id = await volunteering('work', ['2026-11-11', '2026-11-18']);
    const moved = await host.call('categories.update', { id, area: 'family' });
    expect(moved).toMatchObject({ area: 'family' });
    expect(moved.livedWeeks).toBe(
      'Volunteering now counts as family, in past weeks too: 3 h a week in 2026-W46–W47 moved from work to family; their work against the cap, off-hours work and balance change with it.',
    );
  });

  it('many weeks, not one after another, are said short; between fitness and family only the balance moves', async () => {
    const id = await volunteering('family', ['2026-09-02', '2026-10-07', '2026-11-11', '2026-11-18']);
    await host.call('entries.add', { categoryId: id, start: Date.parse('2026-11-19T09:00:00Z'), end: Date.parse('2026-11-19T10:00:00Z') });
    expect((await host.call('categories.update', { id, area: 'fitness' })).livedWeeks).toBe(
      'Volunteering now counts as fitness, in past weeks too: 3 h to 4 h a week in 4 weeks from 2026-W36 to 2026-W47 moved from family to fitness; their balance changes with it.',
    );
  });

  it('a rename, a recolour, or a move of a category with no time in lived weeks says nothing more', async () => {
    const withTime = await volunteering('work', ['2026-11-11']);
    const { id } = await host.call('categories.add', { name: 'Choir', area: 'work' });
    expect(await host.call('categories.update', { id, area: 'family' })).not.toHaveProperty('livedWeeks');
    expect(await host.call('categories.update', { id: withTime, name: 'Charity', color: '#E69F00' })).not.toHaveProperty('livedWeeks');
    expect(await host.call('categories.update', { id: withTime, area: 'work' })).not.toHaveProperty('livedWeeks');
  });
});
