/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileUri, INFORMATION_URI, reporters, ruleAnchor } from '../../src/report/index.js';
import { noPaint } from '../../src/cli/paint.js';
import { lintRuleDescriptors } from '../../src/lint/index.js';
import { sample } from './results.js';

const require = createRequire(import.meta.url);
// The official schema is draft-07: the default Ajv class, not strict (it uses formats and keywords ajv's strict mode flags).
const Ajv = require('ajv').default;

/** The schema's formats, checked by hand (ajv-formats is not a dependency). */
const formats = {
  uri: (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s),
  'uri-reference': (s: string) => !/[\s<>"{}|\\^`\u0080-\uffff]/.test(s),
  'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
};

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true, formats });
  const schema = JSON.parse(readFileSync(path.join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8'));
  return ajv.compile(schema);
}

describe('sarif', () => {
  const validate = validator();
  const log = JSON.parse(reporters.sarif(sample, { paint: noPaint, toolVersion: '1.2.3', rules: lintRuleDescriptors() }));

  it('is valid against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is valid with no results too', () => {
    expect(validate(JSON.parse(reporters.sarif([], { paint: noPaint })))).toBe(true);
  });

  it.each([
    ['a level SARIF does not know', (l: any) => (l.runs[0].results[0].level = 'fatal')],
    ['a driver without a name', (l: any) => delete l.runs[0].tool.driver.name],
    ['a raw CJK path as uri', (l: any) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = '杭州.txt')],
    ['column 0', (l: any) => (l.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0)],
  ])('the schema rejects %s', (_name, damage) => {
    const broken = structuredClone(log);
    damage(broken);
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and every lint rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'workplan', version: '1.2.3' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('lint/numbering-gap');
    expect(ids).toContain('schema/required');
    const gap = driver.rules.find((r: { id: string }) => r.id === 'lint/numbering-gap');
    expect(gap.defaultConfiguration.level).toBe('error');
    expect(gap.shortDescription.text).toBeTruthy();
    expect(gap.fullDescription.text).toBeTruthy();
    expect(gap.help.text).toBeTruthy();
  });

  it('gives each result its rule index, level, message and region', () => {
    const results = log.runs[0].results;
    expect(results).toHaveLength(5);
    const gap = results[1];
    expect(log.runs[0].tool.driver.rules[gap.ruleIndex].id).toBe(gap.ruleId);
    expect(gap).toMatchObject({
      ruleId: 'lint/numbering-gap',
      level: 'error',
      message: { text: 'Expected `三、`, found `四、`: `三、` is missing' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'notices/%E6%9D%AD%E5%B7%9E%202018.txt' },
            region: { startLine: 42, startColumn: 3, endLine: 42, endColumn: 5 },
          },
        },
      ],
    });
    expect(results[2].level).toBe('warning');
    expect(results[4].locations[0].physicalLocation.region).toBeUndefined();
  });

  it('links every rule to its entry in the README: the given address, else the package page', () => {
    const linked = JSON.parse(
      reporters.sarif(sample, { paint: noPaint, rules: lintRuleDescriptors(), docsUri: 'https://example.org/workplan#readme' }),
    );
    for (const rule of linked.runs[0].tool.driver.rules) {
      const anchor = rule.id.startsWith('lint/') ? `rule-${rule.id.slice(5)}` : 'validate';
      expect(rule.helpUri).toBe(`https://example.org/workplan#${anchor}`);
    }
    expect(log.runs[0].tool.driver.rules[0].helpUri).toBe(`${INFORMATION_URI}#rule-numbering-gap`);
  });

  it('has a README anchor for every rule it links to', () => {
    const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    for (const rule of lintRuleDescriptors()) expect(readme).toContain(`<a id="${ruleAnchor(rule.id)}"></a>`);
    expect(ruleAnchor('schema/required')).toBe('validate');
    expect(readme).toMatch(/^### validate$/m);
  });

  it('records inputs that could not be read, and the exit code, in its invocation', () => {
    const failed = JSON.parse(
      reporters.sarif(sample, {
        paint: noPaint,
        failures: [{ file: 'notices/缺.txt', message: 'no such file or folder' }],
        exitCode: 2,
      }),
    );
    expect(validate(failed)).toBe(true);
    expect(failed.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        exitCode: 2,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'no such file or folder' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'notices/%E7%BC%BA.txt' } } }],
          },
        ],
      },
    ]);
    const clean = JSON.parse(reporters.sarif([], { paint: noPaint, exitCode: 0 }));
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true, exitCode: 0, toolExecutionNotifications: [] }]);
  });

  it.each([
    ['a/b.txt', 'a/b.txt'],
    ['杭州.txt', '%E6%9D%AD%E5%B7%9E.txt'],
    ['/abs/x y.txt', 'file:///abs/x%20y.txt'],
    ['<stdin>', '%3Cstdin%3E'],
  ])('uri of %j is %j', (file, uri) => {
    expect(fileUri(file)).toBe(uri);
  });
});
