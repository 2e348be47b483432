/** fast-check arbitraries for malformed and hostile HTML (robustness test and core bench). */
import fc from 'fast-check';

const TAGS = [
  'html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'div', 'p', 'span', 'a', 'table', 'tr', 'td', 'th',
  'ul', 'li', 'h1', 'h2', 'h3', 'img', 'time', 'nav', 'main', 'article', 'section', 'footer', 'form', 'input', 'iframe',
  'svg', 'math', 'template', 'select', 'option', 'textarea', 'noscript', 'xmp', 'plaintext', 'frameset', 'x-y', 'dl', 'dd',
] as const;
const ATTRS = ['href', 'src', 'lang', 'title', 'alt', 'content', 'name', 'property', 'datetime', 'type', 'id', 'class', 'onclick', 'style', 'rel', 'itemprop', 'itemtype', 'download', 'charset', 'http-equiv', 'role', 'aria-label'];

const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '<svg onload=alert(1)>',
  '<!--', '-->', '<![CDATA[', ']]>', '<!doctype', '</', '<', '>', '&', '&#0;', '&#x110000;', '&#99999999999;', '&amp', '&nbsp',
  '<script type="application/ld+json">{"@type":"Dataset","dateModified":', '{"@context":"https://schema.org"', '}}}]]',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:">', '<html lang="\u0000">',
  '<time datetime="9999-99-99">', '<a href="http://[::1">', '<a href="%E0%A4%A">', '<table><tr><td><table>', '</table></table>',
  '<select><option><optgroup>', '<template><template>', '<math><mi><svg><foreignObject>', '\u202E', '\uFEFF', '\uD800', '\uDFFF',
  'de conformidad con el artículo 70, fracción XLVIII', 'Fecha de actualización: 31/02/2024', 'Última actualización: 15 de marzo de 2024',
  'Licencia: Libre Uso MX', 'CC BY 4.0', 'Regístrese para descargar', 'trimestral', 'CURP', '.csv', '.pdf', '.xlsx',
];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.lorem({ maxCount: 30, mode: 'sentences' }),
  fc.constantFrom(...HOSTILE_FRAGMENTS),
);

const attrValue = fc.oneof(
  text,
  fc.webUrl(),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'es-MX', '2024-03-15', 'Dataset', 'https://schema.org/Dataset', 'datos.csv'),
);

const attribute = fc.tuple(fc.oneof(fc.constantFrom(...ATTRS), fc.string({ minLength: 1, maxLength: 8 })), attrValue, fc.constantFrom('"', "'", '')).map(
  ([name, value, quote]) => ` ${name}=${quote}${quote ? value.replaceAll(quote, '') : value.replace(/[\s>]/g, '')}${quote}`,
);

/** A random tree rendered to markup, with close tags sometimes missing, misnested or stray. */
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('close', 'open', 'stray'))
      .map(([tag, attrs, children, end]) => `<${tag}${attrs.join('')}>${children.join('')}${end === 'close' ? `</${tag}>` : end === 'stray' ? '</div></p></html>' : ''}`),
  ),
}));

const deepNesting = fc.tuple(fc.constantFrom('div', 'span', 'table', 'ul', 'a', 'b'), fc.integer({ min: 200, max: 5_000 })).map(
  ([tag, depth]) => `<html lang="es"><body>${`<${tag}>`.repeat(depth)}profundo${tag === 'div' ? `</${tag}>`.repeat(Math.floor(depth / 2)) : ''}`,
);

const binaryJunk = fc.tuple(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4_000 }), fc.constantFrom('utf-8', 'latin1', 'utf-16le')).map(([bytes, encoding]) =>
  new TextDecoder(encoding).decode(Uint8Array.from(bytes)),
);

const documentShell = fc.tuple(fc.array(tree.node, { maxLength: 4 }), fc.array(tree.node, { maxLength: 8 })).map(
  ([head, body]) => `<!doctype html><html lang="es-MX"><head>${head.join('')}</head><body>${body.join('')}</body></html>`,
);

/** Any of the hostile shapes; each value is an HTML string to parse and audit. */
export const hostileHtml: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: documentShell, weight: 4 },
  { arbitrary: tree.node, weight: 3 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: binaryJunk, weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')), weight: 2 },
  { arbitrary: fc.constantFrom('', ' ', '\u0000', '<', '<html', '<!doctype html>', '\uFEFF<html></html>'), weight: 1 },
);

/** Page URLs a snapshot may carry (all valid, some odd). */
export const pageUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://www.gob.mx/salud/documentos/datos?sid=ABCDEF0123456789', 'file:///tmp/pagina.html', 'http://127.0.0.1:8080/x', 'https://transparencia.cdmx.gob.mx/'),
);

/** Runs from PROACTIVA_FC_RUNS (positive integer) or the fallback. */
export function fcRuns(fallback: number): number {
  const value = Number(process.env.PROACTIVA_FC_RUNS);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
