/**
 * Choropleth of the 32 entidades federativas (paths from @svg-maps/mexico, CC BY 4.0, loaded on
 * demand so the panel's bundle does not carry them): each entidad coloured by its sujetos
 * obligados' mean score, «sin datos» hatched and said in words. The table beside it is the
 * accessible route to every value (the picture itself is one labelled image).
 */
import { useEffect, useState } from 'preact/hooks';
import { bandFor } from '../../../../core/scoring/band.js';
import { bandLabel, type Formatters, type Lang, type Strings } from '../i18n.js';
import { MAP_STEPS, type EntidadScore } from '../model/campaign.js';
import { ChartFigure } from './figure.js';

interface MapShape {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

let shapes: Promise<MapShape> | null = null;
const loadShapes = (): Promise<MapShape> => (shapes ??= import('@svg-maps/mexico').then((m) => m.default as MapShape));

export function MexicoMap({ entidades, elsewhere, t, f, lang }: { entidades: readonly EntidadScore[]; elsewhere: readonly { group: string; sites: number; score: number | null }[]; t: Strings; f: Formatters; lang: Lang }) {
  const [shape, setShape] = useState<MapShape | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadShapes().then(setShape, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const scored = entidades.filter((e) => e.score !== null).sort((a, b) => b.score! - a.score!);
  const label = (e: EntidadScore) => `${e.name} (${f.score(e.score)})`;
  const description = t.mapDesc(scored.length, scored[0] ? label(scored[0]) : '', scored.at(-1) ? label(scored.at(-1)!) : '');
  const byId = new Map(entidades.map((e) => [e.id, e]));
  return (
    <ChartFigure
      testId="chart-map"
      title={t.mapTitle}
      description={description}
      tableLabel={t.showTable}
      chart={(ids) => (
        <div class="map">
          {shape ? (
            <svg class="chart-svg map-svg" viewBox={shape.viewBox} role="img" aria-labelledby={`${ids.title} ${ids.desc}`} focusable="false">
              <title id={ids.title}>{t.mapTitle}</title>
              <desc id={ids.desc}>{description}</desc>
              <defs>
                <pattern id="sin-datos" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" class="map-nodata-bg" />
                  <line x1="0" y1="0" x2="0" y2="6" class="map-nodata-line" />
                </pattern>
              </defs>
              {shape.locations.map((location) => {
                const e = byId.get(location.id);
                const step = e?.step ?? null;
                return (
                  <path key={location.id} d={location.path} class={step === null ? 'map-area map-nodata' : `map-area map-step-${step}`} data-entidad={location.id} data-step={step ?? 'none'}>
                    <title>{e ? `${e.name}: ${e.score === null ? t.mapNoData : f.score(e.score)}` : location.name}</title>
                  </path>
                );
              })}
            </svg>
          ) : (
            <p class="muted" role="status">
              {error ? `${t.loadError}: ${error}` : t.mapLoading}
            </p>
          )}
          <div class="map-legend">
            <p class="map-legend-title">{t.mapLegend}</p>
            <ul>
              {[...MAP_STEPS].reverse().map((s) => (
                <li key={s.step}>
                  <span class={`swatch map-step-${s.step}`} aria-hidden="true" />
                  {t.mapStepLabel(s.from, s.to)} · {bandLabel(bandFor(s.from), lang)}
                </li>
              ))}
              <li>
                <span class="swatch map-nodata-swatch" aria-hidden="true" />
                {t.mapNoData}
              </li>
            </ul>
            {elsewhere.length ? (
              <p class="help" data-testid="map-elsewhere">
                {t.mapElsewhere}: {elsewhere.map((g) => `${g.group} (${f.score(g.score)}, ${g.sites} ${t.colSites.toLowerCase()})`).join('; ')}
              </p>
            ) : null}
            <p class="help map-credit">{t.mapCredit}</p>
          </div>
        </div>
      )}
      table={
        <table class="data" data-testid="map-table">
          <caption>{t.mapTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colEntidad}</th>
              <th scope="col" class="num">
                {t.colSites}
              </th>
              <th scope="col">{t.colScore}</th>
            </tr>
          </thead>
          <tbody>
            {entidades.map((e) => (
              <tr key={e.id} data-entidad={e.id}>
                <th scope="row">{e.name}</th>
                <td class="num">{f.count(e.sites)}</td>
                <td>{e.score === null ? <span class="muted">{t.mapNoData}</span> : `${f.score(e.score)} · ${bandLabel(bandFor(e.score), lang)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
