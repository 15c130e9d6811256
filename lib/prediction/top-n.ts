// The best N candidates, kept sorted best first in typed arrays: ranking 100k SKUs touches at
// most N slots per insertion and never sorts the whole catalog.
export interface TopN {
  capacity: number;
  size: number;
  scores: Float64Array;
  pressures: Float64Array;
  indices: Int32Array;
}

export function createTopN(capacity: number): TopN {
  return {
    capacity,
    size: 0,
    scores: new Float64Array(capacity),
    pressures: new Float64Array(capacity),
    indices: new Int32Array(capacity),
  };
}

// Higher score first; on a tie the lower operating pressure (more headroom), then catalog order.
function isBetter(top: TopN, slot: number, score: number, pressure: number, index: number): boolean {
  const other = top.scores[slot]!;
  if (score !== other) return score > other;
  const otherPressure = top.pressures[slot]!;
  if (pressure !== otherPressure) return pressure < otherPressure;
  return index < top.indices[slot]!;
}

export function offerTopN(top: TopN, score: number, pressure: number, index: number): void {
  if (top.size === top.capacity && !isBetter(top, top.size - 1, score, pressure, index)) return;
  let slot = Math.min(top.size, top.capacity - 1);
  while (slot > 0 && isBetter(top, slot - 1, score, pressure, index)) {
    top.scores[slot] = top.scores[slot - 1]!;
    top.pressures[slot] = top.pressures[slot - 1]!;
    top.indices[slot] = top.indices[slot - 1]!;
    slot--;
  }
  top.scores[slot] = score;
  top.pressures[slot] = pressure;
  top.indices[slot] = index;
  if (top.size < top.capacity) top.size++;
}
