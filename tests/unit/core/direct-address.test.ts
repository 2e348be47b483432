import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const score = (body: string) => {
  const snapshot = snapshotFromHtml(`<!doctype html><html lang="es"><head><title>Programa de becas municipales</title></head><body><main><h1>Becas</h1>${body}</main></body></html>`, {
    url: 'https://www.sanmateo.gob.mx/becas',
    fetchedAt: '2026-06-15T12:00:00.000Z',
  });
  return audit(snapshot).criteria.flatMap((c) => c.checks).find((c) => c.id === 'direct-address')!.score;
};

const sentence = (i: number) => `El programa municipal de becas entrega un apoyo mensual a estudiantes de bachillerato de escuelas públicas, número ${i}.`;

describe('direct-address', () => {
  it('gives little passive voice alone a quarter: not speaking to the reader is no evidence of speaking to them', () => {
    expect(score(`<p>${Array.from({ length: 8 }, (_, i) => sentence(i)).join(' ')}</p>`)).toBe(0.25);
  });

  it('gives full credit to a text in the second person with little passive voice', () => {
    expect(score(`<p>${Array.from({ length: 8 }, (_, i) => `Puedes pedir tu beca en línea. ${sentence(i)}`).join(' ')}</p>`)).toBe(1);
  });
});
