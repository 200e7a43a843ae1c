const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → "IV": list numbers written as Word and HTML lists print them (numbers below 1 count as 1). */
export function roman(n: number): string {
  let v = Math.max(1, n);
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (v >= value) {
      out += symbol;
      v -= value;
    }
  }
  return out;
}
