/** Inline stylesheet of the printable report (screen and print). Contrast ≥ 4.5:1 throughout. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #611232;
  --pass: #1e5b2e; --partial: #7a4a00; --fail: #9b1c1c; --review: #284b8c; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff;
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1, h2, h3, h4 { line-height: 1.25; color: var(--accent); }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--accent); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
h4 { font-size: 1rem; margin: 0; color: var(--ink); }
a { color: #1a4f8b; overflow-wrap: anywhere; }
a:focus-visible { outline: 3px solid #1a4f8b; outline-offset: 2px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.scores { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; padding: 0; list-style: none; }
.scores li { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; min-width: 10rem; }
.scores .value { display: block; font-size: 1.6rem; font-weight: 700; }
.notice { border: 2px solid var(--partial); background: #fff7e6; padding: .75rem 1rem; border-radius: .5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.check { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: .25rem;
  padding: .75rem 1rem; margin: .75rem 0; }
.check.pass { border-left-color: var(--pass); }
.check.partial { border-left-color: var(--partial); }
.check.fail { border-left-color: var(--fail); }
.check.needs-review { border-left-color: var(--review); }
.status { font-weight: 700; }
.status.pass { color: var(--pass); } .status.partial { color: var(--partial); }
.status.fail { color: var(--fail); } .status.needs-review { color: var(--review); }
.muted { color: var(--muted); }
.tag { display: inline-block; font-size: .75em; font-weight: 600; border: 1px solid var(--accent); color: var(--accent); border-radius: .25rem; padding: 0 .3rem; vertical-align: middle; }
.evidence { margin: .5rem 0; padding-left: 1.25rem; }
.evidence li { overflow-wrap: anywhere; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: #f3f3f3; padding: 0 .2em; }
.rec dt { font-weight: 600; } .rec dd { margin: 0 0 .5rem 0; }
ol.recommendations > li { margin-bottom: .75rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .5rem; color: var(--muted); font-size: .9rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  .check, tr, ol.recommendations > li { break-inside: avoid; }
  a { color: var(--ink); text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); }
  .scores li { border-color: #888; }
  @page { margin: 18mm 15mm; }
}
`;
