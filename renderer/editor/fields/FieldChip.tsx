import type { FieldKind } from '../../../app/domain/content';
import { useFieldValues } from './FieldValues';

/** What a field node shows in the page: its live value, or a visible "missing" marker. */
export function FieldChip({ field, personId }: { field: FieldKind; personId?: string }) {
  const shown = useFieldValues().display(field, personId);
  switch (shown.state) {
    case 'value':
      return (
        <span className="ed-field-value" title={`${shown.label} (filled in from the visit)`} data-field={field}>
          {shown.text}
        </span>
      );
    case 'missing':
      return (
        <span
          className="ed-field-missing"
          title={`${shown.label}: not in the visit yet. Add it to the visit and it appears here.`}
          data-field={field}
          data-missing="true"
        >
          {shown.label} missing
        </span>
      );
    case 'unbound':
      return (
        <span className="ed-field-label" title={`Field: ${shown.label}`} data-field={field}>
          {shown.label}
        </span>
      );
  }
}
