import type { Hono } from 'hono';
import { z } from 'zod';
import { GoodPracticeInput, SiteId } from '../../../core/schemas/index.js';
import { goodPracticesCsv } from '../csv.js';
import { authenticate, readableSites } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { parseQuery } from '../http/query.js';
import { SMALL_BODY_MAX_BYTES } from '../options.js';
import { GoodPracticeError } from '../store/index.js';
import { parseInput } from '../validation.js';

const ListQuery = z.object({ site: SiteId.optional(), format: z.enum(['json', 'csv']).default('json') });

/** The garante flags audited pages as good practices, lists them (JSON or CSV) and unflags them. */
export function goodPracticeRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/good-practices', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const input = parseInput(GoodPracticeInput, await readJsonBody(c, SMALL_BODY_MAX_BYTES), undefined, c.get('locale'));
    await readableSites(reader, deps.store, input.site);
    try {
      const { id, stored } = await deps.store.addGoodPractice(input);
      return c.json({ id, stored }, stored ? 201 : 200);
    } catch (error) {
      if (!(error instanceof GoodPracticeError)) throw error;
      if (error.field === 'auditId') throw new HttpError(404, 'audit_not_found', 'auditId');
      throw new HttpError(400, 'audit_mismatch', error.field, { detail: error.message });
    }
  });

  app.delete('/v1/good-practices/:id', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const sites = reader.admin ? 'all' : [reader.site.id];
    const removed = await deps.store.removeGoodPractice(c.req.param('id'), { sites });
    if (!removed) throw new HttpError(404, 'good_practice_not_found', 'id');
    return c.body(null, 204);
  });

  app.get('/v1/good-practices', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, ListQuery);
    const sites = await readableSites(reader, deps.store, query.site);
    const goodPractices = await deps.store.listGoodPractices({ sites });
    c.header('Cache-Control', 'private, no-store');
    if (query.format === 'json') return c.json({ goodPractices });
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', `attachment; filename="buenas-practicas-${query.site ?? 'todas'}.csv"`);
    return c.body(goodPracticesCsv(goodPractices, c.get('locale')));
  });
}
