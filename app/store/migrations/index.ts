import { migration001 } from './001-initial';
import { migration002 } from './002-notes-search';
import { migration003 } from './003-cheaper-saves';
import { migration004 } from './004-search-index-catch-up';
import { migration005 } from './005-content-allow-list';
import { migration006 } from './006-note-lifecycle';
import { migration007 } from './007-pack-choices';
import { migration008 } from './008-names-across-scripts';
import type { Migration } from './types';

/** Every schema version in order. Append only: a migration that has shipped is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
