import type { Locale } from '../schemas/enums';
import type { SearchStrings } from '../islands/SiteSearch';
import { t } from '../i18n/t';
import { pagePaths } from '../i18n/routes';
import { searchWordsPath } from './searchWords';

/** The UI strings the search island needs, for the search page and the header's search dialog alike. */
export function searchStrings(locale: Locale): SearchStrings {
  return {
    label: t(locale, 'search.fieldLabel'),
    submit: t(locale, 'search.submit'),
    hint: t(locale, 'search.hint'),
    count: t(locale, 'search.count'),
    one: t(locale, 'search.one'),
    none: t(locale, 'search.none'),
    error: t(locale, 'search.error'),
    facets: { section: t(locale, 'search.facetSection'), type: t(locale, 'search.facetType'), district: t(locale, 'search.facetDistrict'), month: t(locale, 'search.facetMonth'), need: t(locale, 'need.label') },
    all: t(locale, 'map.all'),
    sort: t(locale, 'search.sort'),
    sortRelevance: t(locale, 'search.sortRelevance'),
    sortDate: t(locale, 'search.sortDate'),
    otherLanguage: t(locale, 'search.otherLanguage'),
    tryOther: t(locale, 'search.tryOther'),
    resultsLabel: t(locale, 'search.results'),
    didYouMean: t(locale, 'search.didYouMean'),
    noneSuggest: t(locale, 'search.noneSuggest'),
    wordsUrl: searchWordsPath[locale],
    searchPath: pagePaths.search[locale],
  };
}
