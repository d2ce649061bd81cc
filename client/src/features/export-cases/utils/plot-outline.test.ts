import { describe, expect, it } from 'vitest';
import { outlines, positionsOf } from './plot-outline';

describe('plot outlines', () => {
  it('reads a point and a polygon outer ring, nothing else', () => {
    expect(positionsOf({ type: 'Point', coordinates: [98.3, 2.7] })).toEqual([[98.3, 2.7]]);
    expect(positionsOf({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).toHaveLength(4);
    expect(positionsOf({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toEqual([]);
  });

  it('fits every plot in the box with north up', () => {
    const shapes = outlines(
      [
        { type: 'Polygon', coordinates: [[[98.3, 2.7], [98.302, 2.7], [98.302, 2.702], [98.3, 2.702], [98.3, 2.7]]] },
        { type: 'Point', coordinates: [98.31, 2.71] },
      ],
      240,
      12,
    );
    const polygon = shapes[0]!;
    const point = shapes[1]!;
    const all = [...polygon.points, ...point.points];
    expect(all.every((p) => p.x >= 11.99 && p.x <= 228.01 && p.y >= 11.99 && p.y <= 228.01)).toBe(true);
    expect(polygon.kind).toBe('polygon');
    expect(point.kind).toBe('point');
    // north up: the ring's northern corner is higher (smaller y) than its southern one
    expect(polygon.points[2]!.y).toBeLessThan(polygon.points[1]!.y);
  });
});
