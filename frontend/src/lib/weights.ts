// Weights of an agreement's items add up to 100 % (DESIGN.md §5). The editor
// shows the sum live; the server checks it again on propose.

export interface Weighted {
  weightPercent: number | null | undefined;
}

export type WeightState = 'ok' | 'under' | 'over' | 'invalid' | 'empty';

export interface WeightCheck {
  sum: number;
  state: WeightState;
  /** 100 minus the sum (negative when over). */
  remaining: number;
  /** Indexes of items with a weight that is not a whole number 1–100. */
  invalid: number[];
}

export function isValidWeight(w: unknown): w is number {
  return typeof w === 'number' && Number.isInteger(w) && w >= 1 && w <= 100;
}

export function checkWeights(items: readonly Weighted[]): WeightCheck {
  const invalid: number[] = [];
  let sum = 0;
  items.forEach((it, i) => {
    if (!isValidWeight(it.weightPercent)) invalid.push(i);
    else sum += it.weightPercent;
  });
  let state: WeightState;
  if (items.length === 0) state = 'empty';
  else if (invalid.length > 0) state = 'invalid';
  else if (sum === 100) state = 'ok';
  else if (sum < 100) state = 'under';
  else state = 'over';
  return { sum, state, remaining: 100 - sum, invalid };
}

/** Parses a weight typed into a field: whole numbers only, "40" or "40 %". */
export function parseWeight(input: string): number | null {
  const s = input.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}$/.test(s)) return null;
  return Number(s);
}

/** The weighted total degree of achievement of items (percent, 0–150 each). */
export function weightedDegree(items: readonly { weightPercent: number; degree: number | null | undefined }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const it of items) {
    if (it.degree === null || it.degree === undefined) return null;
    total += it.weightPercent * it.degree;
    weights += it.weightPercent;
  }
  if (weights === 0) return null;
  return total / weights;
}
