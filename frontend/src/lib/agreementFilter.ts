// The agreement list's unit filter as URL query "bereich": a unit id, or
// "alle"; without it a leader sees their own area ("Mein Bereich": the
// unit and those below, as the server filters), everybody else all.

/** The unit the list is narrowed to; null for all. */
export function agreementUnitFrom(q: URLSearchParams, myUnit: string | null): string | null {
  const b = q.get('bereich');
  if (b === null) return myUnit;
  return b === 'alle' || b === '' ? null : b;
}

/** The "bereich" value for a chosen unit (null: all); null when it is the default and can be left out. */
export function agreementUnitParam(unit: string | null, myUnit: string | null): string | null {
  if (unit === myUnit) return null;
  return unit ?? 'alle';
}
