import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { countText, readingSyllables, splitSentences } from '../../../core/signals/spanish-text.js';

const page = (body: string) =>
  snapshotFromHtml(`<!doctype html><html lang="es"><head><title>Prueba de legibilidad</title></head><body><main><h1>Prueba</h1>${body}</main></body></html>`, {
    url: 'https://www.gob.mx/prueba',
    fetchedAt: '2026-06-15T12:00:00.000Z',
  });

function fernandezHuerta(body: string) {
  const check = audit(page(body)).criteria.flatMap((c) => c.checks).find((c) => c.id === 'readability-fernandez-huerta')!;
  const index = check.evidence.find((e) => e.kind === 'value' && typeof e.value === 'number');
  return { status: check.status, index: index?.kind === 'value' ? (index.value as number) : null };
}

describe('readability on real text', () => {
  it('ends a sentence at each line break, so short lines never read as one huge sentence', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `Programa de apoyo a productores número ${i + 1} en la región`).join('<br>');
    const result = fernandezHuerta(`<p>${lines}</p>`);
    expect(result.index).not.toBeNull();
    expect(result.index!).toBeGreaterThan(30);
    expect(result.status).not.toBe('fail');
  });

  it('ends sentences at list items, cells and headings nested in a paragraph-like block', () => {
    const counts = countText(['Primera línea sin punto', 'Segunda línea sin punto']);
    expect(counts.sentences).toBe(2);
    expect(splitSentences('Una oración. Otra oración.')).toHaveLength(2);
  });

  it('counts an acronym as one syllable per letter, not as a short easy word', () => {
    expect(readingSyllables('SHCP')).toBe(4);
    expect(readingSyllables('INEGI')).toBe(5);
    expect(readingSyllables('sol')).toBe(1);
    const plain = countText(['La casa de la sal y el sol del mar.']);
    const siglas = countText(['La SHCP de la SFP y el SAT del IMSS.']);
    expect(siglas.words).toBe(plain.words);
    expect(siglas.syllables).toBeGreaterThan(plain.syllables + 8);
  });

  it('reads paragraphs written inside list items (questions and answers) as prose, but not paragraphs that are only a link', () => {
    const answer = 'Sí, cada persona del equipo debe llenar su propia solicitud antes de la fecha de cierre. Te enviaremos un correo para confirmar tu lugar y las instrucciones del día del evento.';
    const faq = Array.from({ length: 5 }, (_, i) => `<li><a href="#q${i}">¿Pregunta ${i + 1}?</a><div id="q${i}"><p>${answer}</p></div></li>`).join('');
    expect(fernandezHuerta(`<ul>${faq}</ul>`).status).toBe('pass');
    const documents = Array.from({ length: 40 }, (_, i) => `<li><p><a href="/d${i}.pdf">Informe trimestral de actividades número ${i + 1}</a></p></li>`).join('');
    expect(fernandezHuerta(`<ul>${documents}</ul>`).status).toBe('not-applicable');
  });
});
