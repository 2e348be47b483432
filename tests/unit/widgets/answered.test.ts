import { describe, expect, it } from 'vitest';
import { answeredToday, localDay, type KeyValueStore } from '../../../widgets/feedback/answered.js';
import { rememberAnswer } from '../../../widgets/feedback/remember-answer.js';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const morning = new Date(2026, 2, 10, 9, 0, 0);
const night = new Date(2026, 2, 10, 23, 59, 0);
const tomorrow = new Date(2026, 2, 11, 0, 1, 0);

describe('one answer per page per visitor per day', () => {
  it('remembers an answer until the end of the local day', () => {
    const store = memoryStore();
    const key = 'agua-estado https://agua.example.gob.mx/datos/tarifas';
    expect(answeredToday(store, key, morning)).toBe(false);
    rememberAnswer(store, key, morning);
    expect(answeredToday(store, key, night)).toBe(true);
    expect(answeredToday(store, key, tomorrow)).toBe(false);
    expect(answeredToday(store, 'agua-estado https://agua.example.gob.mx/otra', night)).toBe(false);
  });

  it('keeps only today\'s entries, so the memory never grows', () => {
    const store = memoryStore();
    rememberAnswer(store, 'a', morning);
    rememberAnswer(store, 'b', tomorrow);
    expect(JSON.parse(store.data.get('proactiva:answered')!)).toEqual({ b: localDay(tomorrow) });
  });

  it('survives unreadable or forbidden storage', () => {
    const store = memoryStore();
    store.data.set('proactiva:answered', '{not json');
    expect(answeredToday(store, 'a', morning)).toBe(false);
    rememberAnswer(store, 'a', morning);
    expect(answeredToday(store, 'a', morning)).toBe(true);
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(() => rememberAnswer(full, 'a', morning)).not.toThrow();
    expect(answeredToday(null, 'a', morning)).toBe(false);
  });
});
