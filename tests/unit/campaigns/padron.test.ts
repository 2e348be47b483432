import { describe, expect, it } from 'vitest';
import { parsePadron } from '../../../campaigns/padron.js';

describe('padrón CSV', () => {
  it('reads good rows (Spanish headers, accents, several portal URLs) and reports every bad row with its line', () => {
    const csv = [
      'ID,Nombre,Ámbito,Entidad Federativa,URL',
      'agua,Comisión del Agua,Estatal,Jalisco,https://agua.example.gob.mx https://datos.agua.example.gob.mx',
      ',Sin clave,federal,Nacional,https://a.example.gob.mx',
      'b,Instituto B,regional,Oaxaca,https://b.example.gob.mx',
      'c,Instituto C,municipal,Oaxaca,ftp://c.example.gob.mx',
      'agua,Repetido,federal,Nacional,https://z.example.gob.mx',
      '"d","Instituto ""D""",federal,Nacional,https://d.example.gob.mx|https://d2.example.gob.mx',
    ].join('\n');
    const { entries, problems } = parsePadron(csv);
    expect(entries.map((e) => e.id)).toEqual(['agua', 'd']);
    expect(entries[0]).toMatchObject({ ambito: 'estatal', entidad: 'Jalisco', urls: ['https://agua.example.gob.mx', 'https://datos.agua.example.gob.mx'] });
    expect(entries[1]!.name).toBe('Instituto "D"');
    expect(entries[1]!.urls).toHaveLength(2);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect(problems[0]!.message).toMatch(/id/);
    expect(problems[1]!.message).toMatch(/ámbito/);
    expect(problems[2]!.message).toMatch(/URL/);
    expect(problems[3]!.message).toMatch(/repetido/);
  });

  it('names the missing columns and accepts English headers', () => {
    expect(parsePadron('id,name\nx,y\n').problems.map((p) => p.message)).toEqual(['falta la columna ambito', 'falta la columna entidad', 'falta la columna url']);
    const english = parsePadron('id,name,scope,state,portal_url\nx,Body X,federal,Nacional,https://x.example.gob.mx\n');
    expect(english.problems).toEqual([]);
    expect(english.entries).toHaveLength(1);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parsePadron('').problems).toHaveLength(1);
    expect(parsePadron('id,nombre,ambito,entidad,url\n').problems[0]!.message).toMatch(/no tiene filas/);
  });
});
