import { browser } from '@wxt-dev/browser';

/** Path of the offscreen document that hosts batch runs in Chrome. */
export const OFFSCREEN_PATH = '/offscreen.html';

type OffscreenApi = {
  hasDocument?: () => Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
};

const offscreenApi = (): OffscreenApi | undefined => (browser as unknown as { offscreen?: OffscreenApi }).offscreen;

/** Chrome MV3 has offscreen documents; Firefox MV2 does not (its background page has a DOM). */
export const offscreenSupported = (): boolean => offscreenApi() !== undefined;

let creating: Promise<void> | null = null;

/**
 * Makes sure the runner context exists. Chrome MV3: an offscreen document (reason DOM_PARSER),
 * created once and reused. Firefox MV2: the background page is the runner, nothing to create.
 */
export async function ensureRunner(): Promise<void> {
  const offscreen = offscreenApi();
  if (!offscreen) return;
  if (await hasOffscreenDocument(offscreen)) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Parse the HTML of the pages of a batch audit (and of pages that did not answer) and score them with the audit engine.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function hasOffscreenDocument(offscreen: OffscreenApi): Promise<boolean> {
  if (offscreen.hasDocument) return offscreen.hasDocument();
  const runtime = browser.runtime as unknown as { getContexts?: (filter: { contextTypes: string[] }) => Promise<unknown[]> };
  const contexts = (await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
  return contexts.length > 0;
}
