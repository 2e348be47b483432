import type { ExportFile } from './report-files.js';

/**
 * Hands a file to the browser's download manager from an extension page (a Blob URL on a
 * temporary link; the URL is revoked right after). No `downloads` permission needed.
 */
export function saveFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
