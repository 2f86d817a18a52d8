// The store's entries as the domain reads them: one `EntrySource` for every service that hands entries to a domain
// function, so each finds them with the storage's index (the domain's range query) instead of copying all history.
import type { EntrySource } from '../../shared/domain/entryIndex';
import type { DataStore } from '../ports';

export function storedEntries(store: Pick<DataStore, 'entriesBetween' | 'firstEntryStart'>): EntrySource {
  return { between: (from, to) => store.entriesBetween(from, to), firstStart: () => store.firstEntryStart() };
}
