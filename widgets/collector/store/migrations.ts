import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { pendingReviewChecks } from '../../../campaigns/pending-reviews.js';
import { auditRulesOf } from './audit-rules.js';

/**
 * Schema migrations, in code so they ship with the collector. Kysely's Migrator records what ran
 * (kysely_migration) and holds a lock while migrating, so opening the store is idempotent and two
 * processes opening the same PostgreSQL database at once do not race. Never edit a released
 * migration: add the next one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('site')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('origins', 'text', (c) => c.notNull())
        .addColumn('public_key', 'text', (c) => c.notNull().unique())
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('feedback')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('useful', 'integer', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feedback_page_created').ifNotExists().on('feedback').columns(['page', 'created_at']).execute();
      await db.schema.createIndex('feedback_site_created').ifNotExists().on('feedback').columns(['site', 'created_at']).execute();

      await db.schema
        .createTable('feedback_reason')
        .ifNotExists()
        .addColumn('feedback_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('feedback_reason_pk', ['feedback_id', 'reason'])
        .execute();
      await db.schema.createIndex('feedback_reason_page').ifNotExists().on('feedback_reason').columns(['page', 'reason']).execute();
      await db.schema.createIndex('feedback_reason_site').ifNotExists().on('feedback_reason').columns(['site', 'created_at']).execute();

      await db.schema
        .createTable('audit')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('audited_at', 'text', (c) => c.notNull())
        .addColumn('score', 'double precision')
        .addColumn('band', 'text')
        .addColumn('criteria', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_site_audited').ifNotExists().on('audit').columns(['site', 'audited_at']).execute();

      await db.schema
        .createTable('good_practice')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('audit_id', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('good_practice_site').ifNotExists().on('good_practice').columns(['site', 'created_at']).execute();
    },
  },
  '0002_audit_rules': {
    // The rule set each audit was made under, as columns so audits can be selected by it; rows
    // stored before are filled from their report (null for reports made before rule sets).
    async up(db: Kysely<any>) {
      for (const column of ['rules_id', 'rules_version', 'rules_hash']) {
        await db.schema.alterTable('audit').addColumn(column, 'text').execute();
      }
      await db.schema.createIndex('audit_rules').on('audit').columns(['rules_id', 'rules_version']).execute();
      await backfillAuditRules(db);
    },
  },
  // Issue 11 (2026-12-02): spam refusals, counters shared by collector processes, open data's k,
  // comment retention and streamed exports.
  '0003_spam_open_data_shared_limits': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('feedback_refusal')
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('feedback_refusal_pk', ['site', 'day', 'reason'])
        .execute();
      await db.schema
        .createTable('rate_counter')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_counter_pk', ['key', 'window_start'])
        .execute();
      await db.schema.createIndex('rate_counter_expires').on('rate_counter').column('expires_at').execute();
      await db.schema
        .createTable('collector_setting')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema.alterTable('site').addColumn('open_data_k', 'integer', (c) => c.notNull().defaultTo(5)).execute();
      // The repeated-comment rule reads a site's recent answers; retention and keyset exports walk by date.
      await db.schema.createIndex('feedback_site_received').on('feedback').columns(['site', 'received_at']).execute();
      await db.schema.createIndex('feedback_received').on('feedback').column('received_at').execute();
      await db.schema.createIndex('feedback_created_id').on('feedback').columns(['created_at', 'id']).execute();
    },
  },
  /**
   * Campaigns (issue 9): a padrón of sujetos obligados audited page by page by queue workers. Both
   * engines get the tables (one schema), though campaigns run on PostgreSQL only (pg-boss needs it).
   * Times that workers compare (host slots) are epoch milliseconds; the rest are ISO strings.
   */
  '0004_campaigns': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('campaign')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('campaign_site')
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('ambito', 'text', (c) => c.notNull())
        .addColumn('entidad', 'text', (c) => c.notNull())
        .addColumn('urls', 'text', (c) => c.notNull())
        .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('campaign_site_pk', ['campaign_id', 'site_id'])
        .execute();
      await db.schema
        .createTable('campaign_page')
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('page_url', 'text', (c) => c.notNull())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reason', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('campaign_page_unique', ['campaign_id', 'page_url'])
        .execute();
      await db.schema.createIndex('campaign_page_site_state').on('campaign_page').columns(['campaign_id', 'site_id', 'state']).execute();
      await db.schema
        .createTable('campaign_result')
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('page_url', 'text', (c) => c.notNull())
        .addColumn('site_id', 'text', (c) => c.notNull())
        .addColumn('final_url', 'text', (c) => c.notNull())
        .addColumn('canonical_url', 'text', (c) => c.notNull())
        .addColumn('audited_at', 'text', (c) => c.notNull())
        .addColumn('score', 'double precision')
        .addColumn('band', 'text')
        .addColumn('criteria', 'text', (c) => c.notNull())
        .addColumn('report', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('campaign_result_pk', ['campaign_id', 'page_url'])
        .addUniqueConstraint('campaign_result_canonical', ['campaign_id', 'canonical_url'])
        .execute();
      await db.schema
        .createTable('campaign_host')
        .addColumn('host', 'text', (c) => c.primaryKey())
        .addColumn('busy_until', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('next_at', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('gap_ms', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  /**
   * Catalogue audits (issue 13): a catalogue's metadata scored by the core (CatalogueReport), kept
   * whole as JSON with the columns a read selects on; the latest of each source is what is shown.
   */
  '0005_catalogue_audit': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('catalogue_audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('scored_at', 'text', (c) => c.notNull())
        .addColumn('datasets', 'integer', (c) => c.notNull())
        .addColumn('percent', 'double precision')
        .addColumn('rating', 'text')
        .addColumn('report', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('catalogue_audit_source_scored').on('catalogue_audit').columns(['source', 'scored_at']).execute();
    },
  },
  /**
   * The auditors' verification queue (issue 12): named auditor tokens (hash only), one lease per
   * campaign page (taken with one insert-on-conflict-update, so two auditors never both hold it),
   * each answer kept with who gave it and when, and per result the review checks still unanswered
   * (filled here for results stored before).
   */
  '0006_verification_queue': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('auditor')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('campaign_claim')
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('page_url', 'text', (c) => c.notNull())
        .addColumn('auditor_id', 'text', (c) => c.notNull())
        .addColumn('auditor_name', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('campaign_claim_pk', ['campaign_id', 'page_url'])
        .execute();
      await db.schema
        .createTable('campaign_review')
        .addColumn('submission_id', 'text', (c) => c.notNull())
        .addColumn('check_id', 'text', (c) => c.notNull())
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('page_url', 'text', (c) => c.notNull())
        .addColumn('auditor_id', 'text', (c) => c.notNull())
        .addColumn('auditor_name', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('campaign_review_pk', ['submission_id', 'check_id'])
        .execute();
      await db.schema.createIndex('campaign_review_page').on('campaign_review').columns(['campaign_id', 'page_url']).execute();
      await db.schema.alterTable('campaign_result').addColumn('pending_reviews', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.createIndex('campaign_result_pending').on('campaign_result').columns(['campaign_id', 'pending_reviews']).execute();
      await backfillPendingReviews(db);
    },
  },
};

/** Unanswered review checks of a stored report; 0 for a row whose report is not a whole AuditReport (hand-made rows have nothing to review). */
function pendingInStoredReport(json: string): number {
  try {
    return pendingReviewChecks(JSON.parse(json) as Parameters<typeof pendingReviewChecks>[0]).length;
  } catch {
    return 0;
  }
}

/** Counts each stored campaign result's unanswered review checks, a batch at a time (keyset on campaign and page). */
async function backfillPendingReviews(db: Kysely<any>): Promise<void> {
  let after = { campaign: '', page: '' };
  for (;;) {
    const rows: { campaign_id: string; page_url: string; report: string }[] = await db
      .selectFrom('campaign_result')
      .select(['campaign_id', 'page_url', 'report'])
      .where((eb) => eb.or([eb('campaign_id', '>', after.campaign), eb.and([eb('campaign_id', '=', after.campaign), eb('page_url', '>', after.page)])]))
      .orderBy('campaign_id')
      .orderBy('page_url')
      .limit(BACKFILL_BATCH)
      .execute();
    for (const row of rows) {
      const pending = pendingInStoredReport(row.report);
      if (pending > 0) await db.updateTable('campaign_result').set({ pending_reviews: pending }).where('campaign_id', '=', row.campaign_id).where('page_url', '=', row.page_url).execute();
    }
    if (rows.length < BACKFILL_BATCH) return;
    const last = rows.at(-1)!;
    after = { campaign: last.campaign_id, page: last.page_url };
  }
}

const BACKFILL_BATCH = 500;

/** Fills the rules columns of stored audits from their report, a batch at a time (keyset on id). */
async function backfillAuditRules(db: Kysely<any>): Promise<void> {
  let after = '';
  for (;;) {
    const rows: { id: string; report: string }[] = await db
      .selectFrom('audit')
      .select(['id', 'report'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BACKFILL_BATCH)
      .execute();
    for (const row of rows) {
      const rules = auditRulesOf(JSON.parse(row.report));
      if (rules) await db.updateTable('audit').set({ rules_id: rules.id, rules_version: rules.version, rules_hash: rules.hash }).where('id', '=', row.id).execute();
    }
    if (rows.length < BACKFILL_BATCH) return;
    after = rows.at(-1)!.id;
  }
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date; throws with the failing migration's name. On PostgreSQL the
 * bookkeeping tables go in the current schema (the first of search_path), like the data tables:
 * Kysely would otherwise find them in any schema of the database and take them for its own.
 * `upTo` stops at a named migration (tests rebuild the schema an older collector left).
 */
export async function migrate(db: Kysely<any>, engine: 'sqlite' | 'postgres', upTo?: string): Promise<void> {
  let migrationTableSchema: string | undefined;
  if (engine === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
    if (!migrationTableSchema) throw new Error('PostgreSQL has no current schema: check search_path');
  }
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = upTo ? await migrator.migrateTo(upTo) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
