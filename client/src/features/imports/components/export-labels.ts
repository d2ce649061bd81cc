export { businessStatusLabels as statusLabels, ekatalogStatusLabels as ekatalogLabels, scaleLabels, sectorLabels } from '@/lib/status-labels';
