import { defineSignal } from '../context.js';
import type { ResourceHead } from '../schemas/index.js';

export interface ResourceStatus {
  url: string;
  head: ResourceHead;
  /** The link in the page that points at it, when there is one. */
  element?: Element;
  /** A data or document file (by extension), as opposed to a page. */
  isFile: boolean;
  broken: boolean;
  /** Reachable, but what came back is not the file: an HTML page for a .csv, or zero bytes. */
  suspect: boolean;
  reason: string;
}

export interface ResourceHealth {
  /** Linked resources that carry HEAD metadata (the adapter checked them). */
  checked: ResourceStatus[];
  /** Linked resources without HEAD metadata. */
  unchecked: number;
}

const FILE_EXTENSION =
  /\.(csv|tsv|json|geojson|jsonld|xml|xls|xlsx|xlsm|ods|odt|pdf|doc|docx|ppt|pptx|txt|zip|rar|7z|kml|kmz|shp|gml|rdf|ttl|nt|n3|parquet|sav|dta|dbf|mdb)$/i;
const HTML_TYPE = /^\s*(text\/html|application\/xhtml)/i;

/** The lower-cased extension of a URL's path, or ''. */
export function fileExtension(url: string): string {
  try {
    const path = new URL(url, 'https://x.invalid/').pathname;
    return FILE_EXTENSION.exec(path)?.[1]?.toLowerCase() ?? '';
  } catch {
    return '';
  }
}

function absolute(href: string, base: URL | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Health of the linked resources the adapter sent HEAD requests to (snapshot.resources[].head). */
export const resourceHealthSignal = defineSignal<ResourceHealth>('resource-health', (ctx) => {
  const anchors = new Map<string, Element>();
  for (const el of ctx.elements()) {
    if (el.tagName.toLowerCase() !== 'a') continue;
    const href = el.getAttribute('href');
    const abs = href ? absolute(href, ctx.url) : null;
    if (abs && !anchors.has(abs)) anchors.set(abs, el);
  }
  const checked: ResourceStatus[] = [];
  let unchecked = 0;
  for (const resource of ctx.snapshot.resources.slice(0, 2_000)) {
    if (!resource.head) {
      unchecked++;
      continue;
    }
    const { head } = resource;
    const ext = fileExtension(resource.url);
    const broken = !head.ok || head.status === 0 || head.status >= 400 || Boolean(head.error);
    const htmlForFile = ext !== '' && ext !== 'xml' && HTML_TYPE.test(head.contentType ?? '');
    const empty = head.size === 0;
    const suspect = !broken && (htmlForFile || empty);
    const reason = broken
      ? head.error
        ? `error: ${head.error}`
        : `HTTP ${head.status}`
      : htmlForFile
        ? `HTML (${head.contentType}) instead of .${ext}`
        : empty
          ? 'empty file (0 bytes)'
          : `HTTP ${head.status}`;
    const element = anchors.get(resource.url) ?? anchors.get(absolute(resource.url, ctx.url) ?? '');
    checked.push({ url: resource.url, head, isFile: ext !== '', broken, suspect, reason, ...(element ? { element } : {}) });
  }
  return { checked, unchecked };
});
