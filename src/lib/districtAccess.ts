import { splitId } from './contentFiles';
import { pathOf } from './entries';
import { accessAnchor } from '../i18n/routes';

/** The page with the accessibility facts of a district's places: below the district's own address. */
export function districtAccessPath(district: { id: string }): string {
  return `${pathOf('districts', district)}${accessAnchor[splitId(district.id).locale]}/`;
}
