import type { FieldChange } from '../../../app/templates/freeze';
import { describeChange } from '../../../app/templates/freeze';

/**
 * A cleared note whose visit data changed since clearance: it still shows (and exports) what was
 * cleared, and says what changed, with Reopen to bring the new values in.
 */
export function ClearanceNotice({
  changes,
  busy,
  onReopen,
}: {
  changes: readonly FieldChange[];
  busy: boolean;
  onReopen: () => void;
}) {
  return (
    <div role="alert" className="warn-banner clearance-notice" aria-label="Changed since clearance">
      <ul>
        {changes.map((c) => (
          <li key={c.field}>{describeChange(c)}</li>
        ))}
      </ul>
      <p>
        The note shows and exports the values it was cleared with.{' '}
        <button type="button" className="button" disabled={busy} onClick={onReopen}>
          Reopen to update
        </button>
      </p>
    </div>
  );
}
