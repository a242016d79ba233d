/** The classification marking, as on every exported page: top and bottom of the note. */
export function ClassificationBanner({ marking, position }: { marking: string; position: 'top' | 'bottom' }) {
  return (
    <div
      className={`marking-banner marking-${marking.toLowerCase().replace(/[^a-z]+/g, '-')} marking-${position}`}
      role="note"
      aria-label={`Classification (${position})`}
    >
      {marking}
    </div>
  );
}
