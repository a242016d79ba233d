const LABELS: Record<string, string> = {
  'scene-setter': 'Scene-setter',
  'meeting-brief': 'Meeting brief',
  'talking-points': 'Talking points',
  'biographical-note': 'Biographical note',
  'record-of-conversation': 'Record of conversation',
  'background-note': 'Background note',
};

export function templateLabel(template: string | null | undefined): string {
  if (!template) return 'Blank note';
  return LABELS[template] ?? template;
}
