import type { Database } from 'better-sqlite3';
import { AppFailure } from '../api/result';
import { normaliseContent } from '../domain/content/normalise';
import { plainText } from '../domain/content/plain-text';
import type { FrozenFields, NoteContent } from '../domain/content';
import type {
  Clearance,
  Note,
  NoteStatus,
  NoteSummary,
  RevisionInfo,
  RevisionReason,
  RevisionSnapshot,
} from '../domain/note';
import type { Clock } from './clock';
import { statementCache } from './statements';

/** Editing snapshots are kept at most this often; status changes and restores always snapshot. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

export interface NewNoteData {
  visitId: string;
  programmeItemId: string | null;
  title: string;
  template: string | null;
  classification: string;
  content: NoteContent;
}

interface NoteRow {
  id: string;
  visit_id: string;
  programme_item_id: string | null;
  title: string;
  template: string | null;
  status: NoteStatus;
  classification: string;
  content?: string;
  revision: number;
  created_at: string;
  updated_at: string;
  cleared_by: string | null;
  cleared_at: string | null;
  frozen_fields: string | null;
}

/** What the note header may change (notes.update); absent keys are left as they are. */
export interface NoteDetails {
  title?: string;
  classification?: string;
  programmeItemId?: string | null;
}

/** Who made a change recorded in the history, and what it was. */
export interface ChangeRecord {
  by: string;
  detail?: string;
}

const SUMMARY_COLUMNS =
  'id, visit_id, programme_item_id, title, template, status, classification, revision, created_at, updated_at, cleared_by, cleared_at, frozen_fields';

function clearanceFromRow(r: NoteRow): Clearance | null {
  if (r.cleared_at === null || r.frozen_fields === null) return null;
  return { by: r.cleared_by ?? '', at: r.cleared_at, fields: JSON.parse(r.frozen_fields) as FrozenFields };
}

function summaryFromRow(r: NoteRow): NoteSummary {
  return {
    id: r.id,
    visitId: r.visit_id,
    programmeItemId: r.programme_item_id,
    title: r.title,
    template: r.template,
    status: r.status,
    classification: r.classification,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    clearance: clearanceFromRow(r),
  };
}

interface RevisionRow {
  revision: number;
  reason: RevisionReason;
  title: string;
  status: NoteStatus;
  created_at: string;
  author: string | null;
  detail: string | null;
}

function revisionInfoFromRow(r: RevisionRow): RevisionInfo {
  return {
    revision: r.revision,
    reason: r.reason,
    title: r.title,
    status: r.status,
    createdAt: r.created_at,
    ...(r.author !== null ? { by: r.author } : {}),
    ...(r.detail !== null ? { detail: r.detail } : {}),
  };
}

function clearanceColumns(c: Clearance | null): [string | null, string | null, string | null] {
  return c ? [c.by, c.at, JSON.stringify(c.fields)] : [null, null, null];
}

/** Which status moves are allowed: draft -> review -> cleared, back to draft, and reopening. */
const TRANSITIONS: Record<NoteStatus, readonly NoteStatus[]> = {
  draft: ['review'],
  review: ['draft', 'cleared'],
  cleared: ['draft'],
};

export class NoteRepository {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(
    private readonly db: Database,
    private readonly now: Clock,
  ) {
    this.sql = statementCache(db);
  }

  listForVisit(visitId: string): NoteSummary[] {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE visit_id = ? ORDER BY updated_at DESC, title`)
      .all(visitId) as NoteRow[];
    return rows.map(summaryFromRow);
  }

  find(id: string): Note | undefined {
    const row = this.sql(`SELECT ${SUMMARY_COLUMNS}, content FROM notes WHERE id = ?`).get(id) as NoteRow | undefined;
    return row && { ...summaryFromRow(row), content: JSON.parse(row.content!) as unknown };
  }

  get(id: string): Note {
    const note = this.find(id);
    if (!note) throw new AppFailure('not_found', `No note with id ${id}.`);
    return note;
  }

  create(
    id: string,
    data: NewNoteData,
    kept?: {
      status: NoteStatus;
      revision: number;
      createdAt: string;
      updatedAt: string;
      clearance?: Clearance | null;
    },
  ): Note {
    if (this.find(id)) throw new AppFailure('already_exists', `A note with id ${id} already exists.`);
    const at = this.now();
    const status = kept?.status ?? 'draft';
    const revision = kept?.revision ?? 1;
    const json = JSON.stringify(data.content);
    this.db
      .prepare(
        `INSERT INTO notes (id, visit_id, programme_item_id, title, template, status, classification, content,
           plain_text, revision, created_at, updated_at, cleared_by, cleared_at, frozen_fields)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        data.visitId,
        data.programmeItemId,
        data.title,
        data.template,
        status,
        data.classification,
        json,
        plainText(data.content),
        revision,
        kept?.createdAt ?? at,
        kept?.updatedAt ?? at,
        ...clearanceColumns(status === 'cleared' ? (kept?.clearance ?? null) : null),
      );
    this.snapshot(id, revision, 'created', data.title, status, json, at);
    return this.get(id);
  }

  private current(id: string): NoteRow {
    const row = this.sql(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE id = ?`).get(id) as NoteRow | undefined;
    if (!row) throw new AppFailure('not_found', `No note with id ${id}.`);
    return row;
  }

  private assertBase(row: NoteRow, baseRevision: number): void {
    if (row.revision !== baseRevision) {
      throw new AppFailure(
        'conflict',
        `The note was changed elsewhere: it is at revision ${row.revision}, this change was based on revision ${baseRevision}. Reload it before saving.`,
      );
    }
  }

  /**
   * Saves new content on top of baseRevision. A stale base is a conflict, never an overwrite; a
   * cleared note is read-only until reopened.
   */
  save(
    id: string,
    baseRevision: number,
    content: NoteContent,
    title?: string,
  ): { revision: number; updatedAt: string } {
    // One read gives the row and the time of its latest snapshot (the newest revision in the
    // history is the newest snapshot, found by the primary key without scanning the history).
    const row = this.sql(
      `SELECT ${SUMMARY_COLUMNS},
         (SELECT created_at FROM note_revisions r WHERE r.note_id = notes.id ORDER BY r.revision DESC LIMIT 1)
           AS snapshot_at
       FROM notes WHERE id = ?`,
    ).get(id) as (NoteRow & { snapshot_at: string | null }) | undefined;
    if (!row) throw new AppFailure('not_found', `No note with id ${id}.`);
    this.assertBase(row, baseRevision);
    if (row.status === 'cleared') {
      throw new AppFailure('read_only', 'This note is cleared and read-only. Reopen it to edit.');
    }
    const at = this.now();
    const json = JSON.stringify(content);
    const revision = row.revision + 1;
    const newTitle = title ?? row.title;
    // The search index is rewritten only when the title or the text changed (migration 3's trigger).
    this.sql('UPDATE notes SET content = ?, plain_text = ?, title = ?, revision = ?, updated_at = ? WHERE id = ?').run(
      json,
      plainText(content),
      newTitle,
      revision,
      at,
      id,
    );
    if (!row.snapshot_at || Date.parse(at) - Date.parse(row.snapshot_at) >= SNAPSHOT_INTERVAL_MS) {
      this.snapshot(id, revision, 'edit', newTitle, row.status, json, at);
    }
    return { revision, updatedAt: at };
  }

  /**
   * Moves the note along its workflow. Clearing keeps `clearance` (who, when, the frozen field
   * values) with the note; any move out of cleared (reopening) drops it, so fields are live again.
   */
  setStatus(
    id: string,
    status: NoteStatus,
    baseRevision?: number,
    change?: ChangeRecord & { frozen?: FrozenFields },
  ): Note {
    const row = this.current(id);
    if (baseRevision !== undefined) this.assertBase(row, baseRevision);
    if (row.status === status) return this.get(id);
    if (!TRANSITIONS[row.status].includes(status)) {
      throw new AppFailure('invalid_input', `A ${row.status} note cannot go to ${status} directly.`);
    }
    const at = this.now();
    const revision = row.revision + 1;
    const clearance: Clearance | null =
      status === 'cleared' ? { by: change?.by ?? '', at, fields: change?.frozen ?? {} } : null;
    this.db
      .prepare(
        'UPDATE notes SET status = ?, revision = ?, updated_at = ?, cleared_by = ?, cleared_at = ?, frozen_fields = ? WHERE id = ?',
      )
      .run(status, revision, at, ...clearanceColumns(clearance), id);
    const content = (this.db.prepare('SELECT content FROM notes WHERE id = ?').get(id) as { content: string }).content;
    const reason: RevisionReason = row.status === 'cleared' ? 'reopened' : 'status';
    this.snapshot(id, revision, reason, row.title, status, content, at, change);
    return this.get(id);
  }

  /**
   * Changes the note's title, marking or meeting, as a new revision recorded in the history with
   * who and what. A cleared note is read-only: it is reopened first.
   */
  updateDetails(id: string, details: NoteDetails, change: ChangeRecord, baseRevision?: number): Note {
    const row = this.current(id);
    if (baseRevision !== undefined) this.assertBase(row, baseRevision);
    if (row.status === 'cleared')
      throw new AppFailure('read_only', 'This note is cleared and read-only. Reopen it to change its details.');
    const next = {
      title: details.title ?? row.title,
      classification: details.classification ?? row.classification,
      programmeItemId: details.programmeItemId !== undefined ? details.programmeItemId : row.programme_item_id,
    };
    if (
      next.title === row.title &&
      next.classification === row.classification &&
      next.programmeItemId === row.programme_item_id
    )
      return this.get(id);
    const at = this.now();
    const revision = row.revision + 1;
    this.db
      .prepare(
        'UPDATE notes SET title = ?, classification = ?, programme_item_id = ?, revision = ?, updated_at = ? WHERE id = ?',
      )
      .run(next.title, next.classification, next.programmeItemId, revision, at, id);
    const content = (this.db.prepare('SELECT content FROM notes WHERE id = ?').get(id) as { content: string }).content;
    this.snapshot(id, revision, 'details', next.title, row.status, content, at, change);
    return this.get(id);
  }

  revisions(id: string): RevisionInfo[] {
    this.current(id);
    const rows = this.db
      .prepare(
        'SELECT revision, reason, title, status, created_at, author, detail FROM note_revisions WHERE note_id = ? ORDER BY revision DESC',
      )
      .all(id) as RevisionRow[];
    return rows.map(revisionInfoFromRow);
  }

  /** One kept revision with its content, for a preview. */
  revision(id: string, revision: number): RevisionSnapshot {
    this.current(id);
    const r = this.db
      .prepare(
        'SELECT revision, reason, title, status, content, created_at, author, detail FROM note_revisions WHERE note_id = ? AND revision = ?',
      )
      .get(id, revision) as (RevisionRow & { content: string }) | undefined;
    if (!r) throw new AppFailure('not_found', `Note ${id} has no saved revision ${revision}.`);
    return { ...revisionInfoFromRow(r), content: JSON.parse(r.content) as unknown };
  }

  /** Puts an earlier snapshot's content back, as a new revision (history is never rewritten). */
  restore(id: string, revision: number, baseRevision: number): Note {
    const row = this.current(id);
    this.assertBase(row, baseRevision);
    if (row.status === 'cleared')
      throw new AppFailure('read_only', 'This note is cleared and read-only. Reopen it to edit.');
    const snap = this.db
      .prepare('SELECT content, title FROM note_revisions WHERE note_id = ? AND revision = ?')
      .get(id, revision) as { content: string; title: string } | undefined;
    if (!snap) throw new AppFailure('not_found', `Note ${id} has no saved revision ${revision}.`);
    this.keepCurrentInHistory(id, row);
    const at = this.now();
    const next = row.revision + 1;
    // What comes back goes through the content allow-list like every other save.
    const { content } = normaliseContent(JSON.parse(snap.content));
    const json = JSON.stringify(content);
    this.db
      .prepare('UPDATE notes SET content = ?, plain_text = ?, title = ?, revision = ?, updated_at = ? WHERE id = ?')
      .run(json, plainText(content), snap.title, next, at, id);
    this.snapshot(id, next, 'restored', snap.title, row.status, json, at);
    return this.get(id);
  }

  /**
   * Edits between snapshots are in no snapshot; before a restore replaces them, the current text
   * is kept as an editing snapshot dated when it was saved, so the restore itself can be undone.
   */
  private keepCurrentInHistory(id: string, row: NoteRow): void {
    const kept = this.db
      .prepare('SELECT 1 FROM note_revisions WHERE note_id = ? AND revision = ?')
      .get(id, row.revision);
    if (kept) return;
    const content = (this.db.prepare('SELECT content FROM notes WHERE id = ?').get(id) as { content: string }).content;
    this.snapshot(id, row.revision, 'edit', row.title, row.status, content, row.updated_at);
  }

  delete(id: string): void {
    this.current(id);
    this.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
  }

  private snapshot(
    id: string,
    revision: number,
    reason: RevisionReason,
    title: string,
    status: NoteStatus,
    content: string,
    at: string,
    change?: ChangeRecord,
  ): void {
    this.sql(
      'INSERT INTO note_revisions (note_id, revision, reason, title, status, content, created_at, author, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(id, revision, reason, title, status, content, at, change?.by ?? null, change?.detail ?? null);
  }
}
