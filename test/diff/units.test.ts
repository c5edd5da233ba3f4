import { describe, expect, it } from 'vitest';
import { buildUnitIndex, isScopeUnit, unitKey } from '../../src/diff/units.js';

describe('unit identities across two plans', () => {
  it.each([
    ['an implied level prefix', '市财政局', '财政局'],
    ['a group with and without 人民政府', '各县(市、区)人民政府', '各县（市、区）'],
    ['a bracketed second name', '省编办(省审改办)', '省审改办'],
    ['the other name of the bracket', '省编办（省审改办）', '省编办'],
  ])('folds %s: %s = %s', (_what, a, b) => {
    const index = buildUnitIndex([a, b]);
    expect(index.canon(a)).toBe(index.canon(b));
    expect(index.aliases).toHaveLength(1);
  });

  it.each([
    ['市场监管局 is not 市 + 场监管局', '市场监管局', '场监管局'],
    ['a province and a city bureau', '省教育厅', '市教育局'],
    ['a renamed bureau', '市环保局', '市生态环境局'],
    ['a place list in brackets is not a second name', '各县(市、区)', '各县'],
  ])('keeps apart %s', (_what, a, b) => {
    const index = buildUnitIndex([a, b]);
    expect(index.canon(a)).not.toBe(index.canon(b));
  });

  it('keys a name without spaces and with ASCII brackets', () => {
    expect(unitKey(' 各乡镇（街道） 人民政府')).toBe('各乡镇(街道)');
  });

  it.each([
    ['各县(市、区)人民政府', true],
    ['市直各部门', true],
    ['市直有关部门', true],
    ['市财政局', false],
  ])('%s is a scope group: %s', (name, scope) => {
    expect(isScopeUnit(name)).toBe(scope);
  });
});
