import { describe, expect, it } from 'vitest';
import { baseFields } from '../schemas/base';
import { addressSchema } from '../schemas/place';
import { checkSubmission, endProblem, postalCodePattern, textLimits, type Submission } from './eventRules';
import { goodSubmission } from '../../tests/fixtures/import/submission';


describe('the rules the form shares with the schema', () => {
  it('accept a complete submission', () => {
    expect(checkSubmission(goodSubmission)).toEqual([]);
  });

  it('name every wrong field with a message code', () => {
    const bad: Submission = { ...goodSubmission, title: 'F', description: 'kurz', startDate: '2027-02-30', endTime: '25:00', postalCode: '58452', category: 'party', free: false, price: '', organiserEmail: 'kein', website: 'javascript:alert(1)', consent: false };
    expect(checkSubmission(bad).map((p) => `${p.field}:${p.code}`)).toEqual([
      'title:titleShort', 'description:descriptionShort', 'startDate:date', 'endTime:time', 'postalCode:postalCode', 'category:category', 'price:price', 'organiserEmail:email', 'website:website', 'consent:consent',
    ]);
    expect(checkSubmission({ ...goodSubmission, endDate: '2027-05-14', endTime: '' }).map((p) => p.code)).toEqual(['endBeforeStart']);
  });

  it('agree with the content schema on lengths, postal codes and end times', () => {
    for (const field of ['title', 'description'] as const) {
      const { min, max } = textLimits[field];
      for (const n of [min - 1, min, max, max + 1]) {
        const text = 'x'.repeat(n);
        const schemaOk = baseFields[field].safeParse(text).success;
        const rulesOk = !checkSubmission({ ...goodSubmission, [field]: text }).some((p) => p.field === field);
        expect([field, n, rulesOk]).toEqual([field, n, schemaOk]);
      }
    }
    for (const code of ['44135', '4413', '58452', '44 135']) {
      expect(postalCodePattern.test(code)).toBe(addressSchema.shape.postalCode.safeParse(code).success);
    }
    expect(endProblem('2027-05-15 11:00', '2027-05-15 10:00')).toBe('endBeforeStart');
    expect(endProblem('2027-05-15 11:00', '2027-05-15')).toBe('endForm');
    expect(endProblem('2027-05-15', '2027-05-16')).toBeUndefined();
  });
});
