import { describe, expect, it } from 'vitest';
import { parseCli, parseRateLimit, parseSpam, UsageError } from '../../../widgets/collector/cli-args.js';
import { endOf, startOf } from '../../../widgets/collector/http/query.js';

describe('collector command line', () => {
  it('has sensible defaults', () => {
    expect(parseCli([], {})).toEqual({
      help: false,
      host: '127.0.0.1',
      port: 8787,
      dataDir: 'data',
      databaseUrl: undefined,
      sitesFile: undefined,
      adminToken: undefined,
      rateLimit: undefined,
      spam: undefined,
      commentRetentionDays: undefined,
      maintenance: false,
      trustProxy: false,
      dashboardOrigins: [],
      extensionOrigins: [],
      addAuditor: undefined,
      removeAuditor: undefined,
    });
  });

  it('takes an auditor to issue a token to, id and name together', () => {
    expect(parseCli(['--add-auditor', 'ana-lopez', '--auditor-name', 'Ana López'], {}).addAuditor).toEqual({ id: 'ana-lopez', name: 'Ana López' });
    expect(() => parseCli(['--add-auditor', 'ana-lopez'], {})).toThrow(UsageError);
    expect(parseCli(['--remove-auditor', 'ana-lopez'], {}).removeAuditor).toBe('ana-lopez');
    expect(() => parseCli(['--add-auditor', 'a', '--auditor-name', 'A', '--remove-auditor', 'b'], {})).toThrow(UsageError);
    expect(() => parseCli(['--auditor-name', 'Ana'], {})).toThrow(UsageError);
    expect(parseCli(['--extension-origin', 'chrome-extension://abc'], { PROACTIVA_EXTENSION_ORIGINS: 'moz-extension://x-y' }).extensionOrigins).toEqual(['chrome-extension://abc', 'moz-extension://x-y']);
  });

  it('takes flags over the environment', () => {
    const env = { PROACTIVA_PORT: '9000', DATABASE_URL: 'postgres://x/y', PROACTIVA_ADMIN_TOKEN: 'at_x', PROACTIVA_RATE_LIMIT: 'off', PROACTIVA_DASHBOARD_ORIGINS: 'http://a.mx, http://b.mx', PROACTIVA_TRUST_PROXY: '1' };
    expect(parseCli(['--port', '0', '--dashboard-origin', 'http://c.mx'], env)).toMatchObject({
      port: 0,
      databaseUrl: 'postgres://x/y',
      adminToken: 'at_x',
      rateLimit: false,
      trustProxy: true,
      dashboardOrigins: ['http://c.mx', 'http://a.mx', 'http://b.mx'],
    });
    expect(parseCli(['--no-rate-limit'], {}).rateLimit).toBe(false);
  });

  it('refuses bad input with a usage error', () => {
    expect(() => parseCli(['--port', '70000'], {})).toThrow(UsageError);
    expect(() => parseCli(['--puerto', '1'], {})).toThrow(UsageError);
    expect(() => parseCli(['extra'], {})).toThrow(UsageError);
    expect(() => parseRateLimit('feedbackPerIp=0')).toThrow(/invalid rate limit/);
    expect(() => parseRateLimit('porIp=5')).toThrow(/invalid rate limit/);
    expect(parseRateLimit('feedbackPerIp=5, windowMs=1000')).toEqual({ feedbackPerIp: 5, windowMs: 1_000 });
    expect(() => parseSpam('minAnswerMs=-1')).toThrow(/invalid spam rule/);
    expect(() => parseSpam('captcha=1')).toThrow(/invalid spam rule/);
    expect(() => parseSpam('minAnswerMs=999999')).toThrow(/minAnswerMs/);
    expect(parseSpam('off')).toBe(false);
    expect(parseCli(['--spam', 'minAnswerMs=1500, networkBurstLimit=50'], {}).spam).toEqual({ minAnswerMs: 1_500, networkBurstLimit: 50 });
    expect(parseCli([], { PROACTIVA_SPAM: 'off' }).spam).toBe(false);
    expect(parseCli(['--comment-retention-days', '90', '--maintenance'], {})).toMatchObject({ commentRetentionDays: 90, maintenance: true });
    expect(parseCli([], { PROACTIVA_COMMENT_RETENTION_DAYS: '30' }).commentRetentionDays).toBe(30);
    expect(() => parseCli(['--comment-retention-days', '0'], {})).toThrow(/invalid comment retention/);
    expect(() => parseCli(['--comment-retention-days', 'un año'], {})).toThrow(/invalid comment retention/);
  });
});

describe('from/to bounds', () => {
  it('reads months, days and instants; to is inclusive', () => {
    expect(startOf('2026-03')).toBe('2026-03-01T00:00:00.000Z');
    expect(endOf('2026-12')).toBe('2027-01-01T00:00:00.000Z');
    expect(startOf('2026-02-28')).toBe('2026-02-28T00:00:00.000Z');
    expect(endOf('2026-02-28')).toBe('2026-03-01T00:00:00.000Z');
    expect(startOf('2026-03-05T10:00:00-06:00')).toBe('2026-03-05T16:00:00.000Z');
    expect(endOf('2026-03-05T16:00:00Z')).toBe('2026-03-05T16:00:00.001Z');
  });
});
