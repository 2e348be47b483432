/** The file that records a completed seed (kept apart from the seeder so a warm start does not load the core). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedMarker {
  audits: number;
  /** Audits of downloads; absent in markers written before they were seeded. */
  resources?: number;
  /** Datasets of the seeded catalogue audit; absent in markers written before it was seeded. */
  catalogue?: number;
  /** Page audits of the two demo campaigns; absent in markers written before campaigns were seeded. */
  campaigns?: number;
  feedback: number;
  goodPractices: number;
  seededAt: string;
}

export const seedMarker = (dataDir: string): string => join(dataDir, 'demo-seed.json');

export const isSeeded = (dataDir: string): boolean => existsSync(seedMarker(dataDir));

export const readMarker = (dataDir: string): SeedMarker => JSON.parse(readFileSync(seedMarker(dataDir), 'utf8')) as SeedMarker;

export function writeMarker(dataDir: string, marker: SeedMarker): void {
  writeFileSync(seedMarker(dataDir), `${JSON.stringify(marker, null, 2)}\n`);
}
