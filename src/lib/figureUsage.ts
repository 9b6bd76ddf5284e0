/**
 * Which fixed pages show which figures. Views import their lists from here, so the open data can say
 * for every figure where it is used (business pages add theirs through their `figures` field).
 */
export const homeFigures = ['population', 'area', 'jobs', 'students-tu'];
export const businessLandingFigures = ['population', 'jobs', 'it-jobs', 'students-tu', 'airport-passengers', 'area'];

/** Charts on the location-in-figures page: each compares figures of the same kind. */
export const figureCharts = [
  { id: 'population', figures: ['population-census', 'population'] },
  { id: 'airport', figures: ['airport-passengers-2023', 'airport-passengers'] },
  { id: 'land-use', figures: ['land-use-built-up', 'land-use-traffic'] },
] as const;

/** Figures listed on the location-in-figures page besides the charts. */
export const figuresPageFigures = [
  'population',
  'area',
  'districts',
  'statistical-districts',
  'jobs',
  'it-jobs',
  'students-tu',
  'students-tu-international',
  'airport-passengers',
  'station-travellers',
  'iml-staff',
  'ifado-staff',
];
