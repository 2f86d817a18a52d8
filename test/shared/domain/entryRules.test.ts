import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../shared/domain/entryRules';
import { EntryIndex } from '../../../shared/domain/entryIndex';
import { CATEGORIES, entry, t, timer } from './helpers';

const BERLIN = 'Europe/Berlin';
const at = (text: string) => t(BERLIN, `2026-03-24 ${text}`);
const meeting = entry('meetings', at('09:00'), at('11:30'), 'meeting-1');
const run = entry('run', at('12:00'), at('12:45'), 'run-1');
const existing = [meeting, run];
const NOW = at('18:00');

const check = (start: number, end: number, extra: { id?: string; running?: ReturnType<typeof timer> | null } = {}) =>
  checkEntry({ id: extra.id, categoryId: 'work', start, end }, existing, extra.running ?? null, NOW, CATEGORIES, BERLIN);

describe('entry rules', () => {
  it('an entry that ends before it starts is refused as a bad request, saying both times', () => {
    const verdict = check(at('10:00'), at('09:00'));
    expect(verdict).toMatchObject({ ok: false, code: 'bad-request' });
    expect(!verdict.ok && verdict.message).toBe('An entry cannot end before it starts: this one starts at 10:00 and ends at 09:00.');
  });

  it('an overlapping entry is refused, naming the other entry by category and time, its id in a field', () => {
    const verdict = check(at('11:00'), at('12:00'));
    expect(verdict).toEqual({
      ok: false,
      code: 'conflict',
      message: 'This overlaps the Meetings entry at 09:00–11:30. Entries cannot share time.',
      otherId: 'meeting-1',
    });
  });

  it('an entry overlapping several names the earliest and counts the rest', () => {
    const verdict = check(at('08:00'), at('13:00'));
    expect(verdict).toMatchObject({ ok: false, otherId: 'meeting-1' });
    expect(!verdict.ok && verdict.message).toContain('It also overlaps 1 more entry.');
  });

  it.each([
    ['touching the end of another', '11:30', '12:00'],
    ['touching the start of another', '08:00', '09:00'],
    ['in a free stretch', '13:00', '14:00'],
  ])('an entry %s is allowed', (_, from, to) => {
    expect(check(at(from), at(to))).toEqual({ ok: true });
  });

  it('a zero-length entry is allowed, even inside another entry: it counts nothing', () => {
    expect(check(at('10:00'), at('10:00'))).toEqual({ ok: true });
  });

  it('an edited entry is not compared with itself', () => {
    expect(check(at('09:30'), at('11:45'), { id: 'meeting-1' })).toEqual({ ok: true });
  });

  it('the running timer counts as a span: an entry into it is refused, naming it and its id', () => {
    const verdict = check(at('16:00'), at('17:00'), { running: timer('fitness', at('16:30'), 'running-1') });
    expect(verdict).toMatchObject({ ok: false, code: 'conflict', otherId: 'running-1' });
    expect(!verdict.ok && verdict.message).toContain('running Fitness timer, started at 16:30 (1 h 30 min so far)');
  });

  it('the running timer holds the time after now too: an entry placed later today is refused', () => {
    const verdict = check(at('20:00'), at('21:00'), { running: timer('work', at('16:30')) });
    expect(verdict).toMatchObject({ ok: false, code: 'conflict', otherId: 'timer' });
  });

  it('an entry that ends before the running timer started is allowed', () => {
    expect(check(at('15:00'), at('16:30'), { running: timer('work', at('16:30')) })).toEqual({ ok: true });
  });

  it('the existing entries may come as an index, and a deleted category is named as such', () => {
    const verdict = checkEntry({ categoryId: 'work', start: at('11:00'), end: at('12:00') }, new EntryIndex([entry('gone', at('11:15'), at('11:20'), 'g')]), null, NOW, CATEGORIES, BERLIN);
    expect(!verdict.ok && verdict.message).toContain('This overlaps an entry of a deleted category at 11:15–11:20.');
    expect(verdict).toMatchObject({ ok: false, otherId: 'g' });
  });

  it('without a time zone the message gives times in UTC and says so', () => {
    const verdict = checkEntry({ categoryId: 'work', start: at('11:00'), end: at('12:00') }, existing, null, NOW, CATEGORIES);
    expect(!verdict.ok && verdict.message).toContain('the Meetings entry at 08:00–10:30 (UTC).');
  });

  it('times are said as the other messages say them, seen from now in the person’s zone: UTC, theirs too, goes unnamed', () => {
    const utc = (text: string) => t('UTC', `2026-03-${text}`);
    const earlier = [entry('meetings', utc('23 01:20'), utc('23 02:00'), 'm'), entry('run', utc('24 23:00'), utc('25 01:00'), 'r')];
    const inUtc = (start: number, end: number) => checkEntry({ categoryId: 'work', start, end }, earlier, null, utc('24 09:00'), CATEGORIES, 'UTC');
    expect(inUtc(utc('23 01:30'), utc('23 01:40'))).toMatchObject({ ok: false, message: 'This overlaps the Meetings entry on Mon 23 Mar at 01:20–02:00. Entries cannot share time.' });
    expect(inUtc(utc('25 00:00'), utc('25 00:30'))).toMatchObject({ ok: false, message: 'This overlaps the Running entry at 23:00 until tomorrow at 01:00. Entries cannot share time.' });
  });
});
