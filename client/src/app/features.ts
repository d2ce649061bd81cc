import type { Feature } from '@/lib/features/types';

// Every src/features/<area>/feature.ts(x) is picked up here; its pages stay lazy chunks because
// the feature modules only hold lazy() references (except the two public first screens, the catalog
// and the sign-in page, which are in the first download: see their feature.tsx).
const modules = import.meta.glob<Feature>('../features/*/feature.{ts,tsx}', { eager: true, import: 'feature' });

export const features: Feature[] = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, feature]) => {
    if (!feature?.id) throw new Error(`${path} must export const feature: Feature`);
    return feature;
  });
