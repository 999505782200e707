/** A field named in a message as a reader finds it in the file: list items counted from 1 and named in words. */

/** How one item of a list field is named: `actions` → "action". */
const ITEM_NAMES: Record<string, string> = {
  actions: 'action',
  actions_reviewed: 'reviewed action',
  attendees: 'attendee',
  cases: 'case',
  functions: 'function',
  signatures: 'signature',
  supervisors: 'supervisor',
};

/**
 * The field at a path of keys, in words: `actions/1/due` is "`due` of action
 * 2", `cases/0` is "case 1", `policy/tiers/newly-qualified/0/every` is
 * "`every` of stage 1 of `policy.tiers.newly-qualified`", and a list with no
 * word for its items keeps its name ("item 2 of `links`").
 * @param isItem whether the key at this position is a list index (default: it is all digits)
 */
export function fieldInWords(keys: readonly string[], isItem: (position: number) => boolean = (position) => /^\d+$/.test(keys[position] ?? '')): string {
  const levels: Array<{ keys: string[]; item?: string }> = [{ keys: [] }];
  keys.forEach((key, position) => {
    const level = levels.at(-1)!;
    if (isItem(position)) {
      const owner = level.keys.at(-1) ?? '';
      const word = ITEM_NAMES[owner];
      if (word !== undefined) level.keys.pop();
      const name = word ?? (level.keys.at(-2) === 'tiers' ? 'stage' : 'item');
      levels.push({ keys: [], item: `${name} ${Number(key) + 1}` });
    } else {
      level.keys.push(key);
    }
  });
  const parts: string[] = [];
  for (const level of levels.reverse()) {
    if (level.keys.length > 0) parts.push(`\`${level.keys.join('.')}\``);
    if (level.item) parts.push(level.item);
  }
  return parts.join(' of ');
}
