import type { Database, Transaction } from 'better-sqlite3';
import { systemClock, type Clock } from './clock';
import { openDatabase, type OpenOptions } from './database';
import { NoteRepository } from './notes';
import { PackChoiceRepository } from './pack-choices';
import { PersonRepository } from './people';
import { ProgrammeRepository } from './programme';
import { SearchRepository } from './search';
import { SettingsRepository } from './settings';
import { TemplateRepository } from './templates';
import { VisitRepository } from './visits';

/** One open database file and its repositories. */
export class Store {
  readonly visits: VisitRepository;
  readonly people: PersonRepository;
  readonly programme: ProgrammeRepository;
  readonly notes: NoteRepository;
  readonly search: SearchRepository;
  readonly settings: SettingsRepository;
  readonly templates: TemplateRepository;
  readonly packChoices: PackChoiceRepository;

  private constructor(
    readonly db: Database,
    readonly file: string,
    now: Clock,
  ) {
    this.runInTransaction = db.transaction((fn: () => unknown) => fn());
    this.visits = new VisitRepository(db, now);
    this.people = new PersonRepository(db);
    this.programme = new ProgrammeRepository(db);
    this.notes = new NoteRepository(db, now);
    this.search = new SearchRepository(db);
    this.settings = new SettingsRepository(db);
    this.templates = new TemplateRepository(db, now);
    this.packChoices = new PackChoiceRepository(db);
  }

  static open(file: string, now: Clock = systemClock, options: OpenOptions = {}): Store {
    return new Store(openDatabase(file, options), file, now);
  }

  /**
   * One wrapper for every transaction: better-sqlite3 builds a new one per call to
   * db.transaction() (~15 µs, a quarter of a note save's own CPU time). The work is its argument.
   */
  private readonly runInTransaction: Transaction<(fn: () => unknown) => unknown>;

  /** Runs fn in one IMMEDIATE transaction: all of it is written, or none. */
  transaction<T>(fn: () => T): T {
    return this.runInTransaction.immediate(fn) as T;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
