import { newId } from '../domain/ids';
import { noteExportJob, packExportJob } from '../export/export-operations';
import { exportPdf, printView } from '../export/pdf/export-pdf';
import type { PdfRenderer } from '../export/pdf/pdf-renderer';
import { exportVisit } from '../interchange/export';
import { normaliseContent } from '../domain/content/normalise';
import { describeDocxImport } from '../import/docx-report';
import { writeVisitFile } from '../interchange/import';
import { createInProcessJobRunner } from '../jobs/in-process';
import type { JobRunner } from '../jobs/runner';
import { checkDatabase, rotatingBackup } from '../store/backup';
import { exportCalendar, importCalendar } from '../calendar/operations';
import { startingContent } from '../templates/starting-content';
import type { Store } from '../store/store';
import type { OperationName, OutputOf, ParsedInputOf } from './contract';
import { assertClassifications } from './classification-check';
import { setNoteStatus, updateNoteDetails } from './note-lifecycle';
import { withLengths } from './note-lengths';
import { AppFailure } from './result';

export type Handler<K extends OperationName> = (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in OperationName]: Handler<K> };

/** Programme participants must be people of the same visit (the schema cannot know that). */
function assertParticipants(store: Store, visitId: string, participants: readonly string[]): void {
  const known = new Set(store.people.listForVisit(visitId).map((p) => p.id));
  participants.forEach((id, i) => {
    if (!known.has(id)) {
      throw new AppFailure('invalid_input', `participants.${i}: ${id} is not one of the people of this visit`, [
        { path: `participants.${i}`, message: 'not one of the people of this visit' },
      ]);
    }
  });
}

function assertPersonOfVisit(store: Store, visitId: string, personId: string | null, field: string): void {
  if (personId && store.people.find(personId)?.visitId !== visitId) {
    throw new AppFailure('invalid_input', `${field}: not one of the people of this visit`, [
      { path: field, message: 'not one of the people of this visit' },
    ]);
  }
}

/** What some operations need besides the store, given by whoever binds the handlers. */
export interface HandlerOptions {
  /**
   * Where exports and import parsing run: a worker with a time and memory budget in the desktop
   * app and the CLI (app/jobs); this thread, without a budget, when not given (test harness).
   */
  jobs?: JobRunner;
  /** Renders print pages to PDF: Electron's printToPDF in the app, Chromium in the CLI and tests. */
  pdf?: PdfRenderer;
}

/**
 * The operations over one open store. Input has already been parsed by the contract's schema;
 * every write runs in one transaction, so a failure leaves nothing half-written.
 */
export function createHandlers(store: Store, options: HandlerOptions = {}): Handlers {
  const jobs = options.jobs ?? createInProcessJobRunner();
  const pdf = () => {
    if (!options.pdf) throw new AppFailure('unavailable', 'PDF export is not available here.');
    return options.pdf;
  };
  const tx = <T>(fn: () => T) => store.transaction(fn);
  const createNote = (input: ParsedInputOf<'notes.create'>) =>
    tx(() => {
      const visit = store.visits.get(input.visitId);
      if (input.programmeItemId && store.programme.visitOf(input.programmeItemId) !== visit.id) {
        throw new AppFailure('invalid_input', 'programmeItemId: not a programme item of this visit', [
          { path: 'programmeItemId', message: 'not a programme item of this visit' },
        ]);
      }
      // A note inherits its visit's marking unless given one; either way it must be on the list.
      const classification = input.classification ?? visit.classification;
      assertClassifications(store, [{ path: 'classification', value: classification }]);
      return store.notes.create(newId('note'), {
        visitId: visit.id,
        programmeItemId: input.programmeItemId ?? null,
        title: input.title,
        template: input.template ?? null,
        classification,
        content: startingContent(store.templates, input.template, input.content),
      });
    });
  return {
    'visits.list': () => store.visits.list(),
    'visits.get': ({ id }) => {
      const visit = store.visits.get(id);
      return { visit, people: store.people.listForVisit(id), programme: store.programme.listForVisit(id) };
    },
    'visits.create': (input) =>
      tx(() => {
        assertClassifications(store, [{ path: 'classification', value: input.classification }]);
        return store.visits.create(newId('visit'), input);
      }),
    'visits.update': ({ id, ...fields }) =>
      tx(() => {
        const current = store.visits.get(id);
        assertClassifications(store, [
          { path: 'classification', value: fields.classification, kept: current.classification },
        ]);
        assertPersonOfVisit(store, id, fields.principalId, 'principalId');
        assertPersonOfVisit(store, id, fields.counterpartId, 'counterpartId');
        return store.visits.update(id, fields);
      }),
    'visits.delete': ({ id }) => tx(() => (store.visits.delete(id), null)),

    'people.create': ({ visitId, ...person }) =>
      tx(() => {
        store.visits.get(visitId);
        return store.people.create(visitId, newId('person'), person);
      }),
    'people.update': ({ id, ...person }) => tx(() => store.people.update(id, person)),
    'people.delete': ({ id }) => tx(() => (store.people.delete(id), null)),

    'programme.create': ({ visitId, ...item }) =>
      tx(() => {
        store.visits.get(visitId);
        assertParticipants(store, visitId, item.participants);
        return store.programme.create(visitId, newId('item'), item);
      }),
    'programme.update': ({ id, ...item }) =>
      tx(() => {
        assertParticipants(store, store.programme.visitOf(id), item.participants);
        return store.programme.update(id, item);
      }),
    'programme.delete': ({ id }) => tx(() => (store.programme.delete(id), null)),

    'notes.list': ({ visitId, withLength }) => {
      store.visits.get(visitId);
      const notes = store.notes.listForVisit(visitId);
      return withLength ? withLengths(store, visitId, notes) : notes;
    },
    'notes.get': ({ id }) => store.notes.get(id),
    'notes.create': (input) => createNote(input),
    'notes.save': ({ id, baseRevision, content, title }) =>
      tx(() => store.notes.save(id, baseRevision, content, title)),
    'notes.setStatus': ({ id, status, baseRevision }) => tx(() => setNoteStatus(store, id, status, baseRevision)),
    'notes.revisions': ({ id }) => store.notes.revisions(id),
    'notes.revision': ({ id, revision }) => store.notes.revision(id, revision),
    'notes.restore': ({ id, revision, baseRevision }) => tx(() => store.notes.restore(id, revision, baseRevision)),
    'notes.delete': ({ id }) => tx(() => (store.notes.delete(id), null)),
    'notes.update': (input) => tx(() => updateNoteDetails(store, input)),
    'notes.importDocx': async ({ visitId, base64, title }) => {
      store.visits.get(visitId);
      // Parsed by the job worker, within its time and memory budget: a hostile .docx (a zip bomb,
      // tables nested hundreds deep) fails its own job and never freezes the window.
      const imported = await jobs.run({ kind: 'docx.import', base64 });
      const note = createNote({
        visitId,
        title: title ?? imported.heading ?? 'Imported Word document',
        content: normaliseContent(imported.content).content,
      });
      return { note, report: imported.report, notice: describeDocxImport(imported.report) };
    },

    search: ({ query, visitId, limit }) => store.search.search(query, limit ?? 50, visitId),

    // Parsed, validated and cleaned by the job worker; written here, in one transaction. A file
    // given as JSON text is measured first: over 64 MB it is refused unparsed.
    'interchange.import': async ({ file, replace, templates }) =>
      writeVisitFile(
        store,
        await jobs.run({
          kind: 'interchange.parse',
          source: typeof file === 'string' ? { text: file } : { json: file },
        }),
        { replace, templates },
      ),
    'interchange.export': ({ visitId }) => exportVisit(store, visitId),

    // The rows are read here; the document is built by the job worker.
    'export.note': ({ noteId, keepPlaceholders }) => jobs.run(noteExportJob(store, noteId, { keepPlaceholders })),
    'export.pack': ({ visitId, keepPlaceholders, ...override }) =>
      jobs.run(packExportJob(store, visitId, override, { keepPlaceholders })),
    // The print page is built here (clamped and escaped: app/export/print); Chromium's own processes lay it out.
    'export.pdf': (target) => exportPdf(store, pdf(), target),
    'export.printView': (target) => printView(store, target),
    'pack.get': ({ visitId }) => (store.visits.get(visitId), store.packChoices.get(visitId)),
    'pack.set': ({ visitId, choice }) =>
      tx(() => {
        store.visits.get(visitId);
        const known = new Set(store.notes.listForVisit(visitId).map((n) => n.id));
        const stranger = choice.noteIds?.find((id) => !known.has(id));
        if (stranger) throw new AppFailure('invalid_input', `Note ${stranger} is not a note of this visit.`);
        return store.packChoices.set(visitId, choice);
      }),

    'settings.get': () => store.settings.get(),
    'settings.set': (changes) => tx(() => store.settings.set(changes)),

    'templates.list': () => store.templates.list(),
    'templates.save': ({ id, ...data }) => tx(() => store.templates.save(id ?? newId('template'), data)),
    'templates.delete': ({ id }) => tx(() => (store.templates.delete(id), null)),

    'backup.create': () => rotatingBackup(store.db, store.file),
    'database.check': () => checkDatabase(store.db),

    'calendar.export': ({ visitId }) => exportCalendar(store, visitId),
    'calendar.import': ({ visitId, text }) => importCalendar(store, visitId, text),
  };
}
