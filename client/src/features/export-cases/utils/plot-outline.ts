/** Positions [longitude, latitude] of a GeoJSON Point or Polygon (outer ring); anything else gives none. */
export function positionsOf(geometry: unknown): [number, number][] {
  const g = geometry as { type?: string; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return [];
  if (g.type === 'Point') return [g.coordinates as [number, number]];
  if (g.type === 'Polygon') return ((g.coordinates[0] as [number, number][] | undefined) ?? []).slice();
  return [];
}

export type Outline = { kind: 'point' | 'polygon'; points: { x: number; y: number }[] };

/**
 * The plots drawn in an SVG box of the given size: longitude to x, latitude to y (north up), one scale for
 * both axes (longitude shrunk by cos(latitude) so shapes keep their proportions near the equator), with a margin.
 * No map tiles: only the outlines.
 */
export function outlines(geometries: unknown[], size = 240, margin = 12): Outline[] {
  const all = geometries.flatMap(positionsOf);
  if (all.length === 0) return [];
  const lats = all.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const xs = all.map((p) => p[0] * k);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...lats);
  const maxY = Math.max(...lats);
  const span = Math.max(maxX - minX, maxY - minY) || 1e-4;
  const scale = (size - 2 * margin) / span;
  return geometries.map((g) => {
    const pts = positionsOf(g).map(([lon, lat]) => ({ x: margin + (lon * k - minX) * scale, y: size - margin - (lat - minY) * scale }));
    return { kind: (g as { type?: string }).type === 'Polygon' ? 'polygon' : 'point', points: pts };
  });
}
