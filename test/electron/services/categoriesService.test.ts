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
