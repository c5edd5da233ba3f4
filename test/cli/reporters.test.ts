/** The CI reporters as lint and validate run them: GitHub's paths, SARIF's failed inputs and rule links. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runMain, tempDir } from './helpers.js';
import { docsUriOf } from '../../src/cli/package-root.js';
import { INFORMATION_URI } from '../../src/report/index.js';

/** A made-up notice with a numbering gap on line 5. */
const NOTICE =
  '某区人民政府办公室关于印发2022年某区政务公开工作要点的通知\n2022年3月9日\n一、推进决策公开\n(一)做好政策解读。(区司法局负责)\n三、推进平台建设\n(一)办好政府网站。(区政府办负责)\n';

let ws: string;
let sub: string;

beforeAll(() => {
  ws = tempDir('workplan-reporters-');
  sub = path.join(ws, 'sub');
  mkdirSync(path.join(ws, 'notices'), { recursive: true });
  mkdirSync(sub);
  writeFileSync(path.join(ws, 'notices/bad.txt'), NOTICE);
  writeFileSync(path.join(sub, 'here.txt'), NOTICE);
});

afterAll(() => rmSync(ws, { recursive: true, force: true }));

const files = (github: string): string[] => [...github.matchAll(/^::\w+ file=([^,]*),/gm)].map((m) => m[1]);

describe('github reporter paths', () => {
  it('are relative to the working folder, also for files outside it or named by absolute path', async () => {
    const r = await runMain(['lint', '../notices/bad.txt', path.join(sub, 'here.txt'), '-f', 'github'], sub);
    expect(r.code).toBe(1);
    expect(new Set(files(r.stdout))).toEqual(new Set(['../notices/bad.txt', 'here.txt']));
  });

  it('are relative to GITHUB_WORKSPACE when it holds the file', async () => {
    const r = await runMain(['lint', '../notices/bad.txt', 'here.txt', '-f', 'github'], sub, { env: { GITHUB_WORKSPACE: ws } });
    expect(new Set(files(r.stdout))).toEqual(new Set(['notices/bad.txt', 'sub/here.txt']));
    // The other reporters keep the names the run gives the files.
    const json = await runMain(['lint', 'here.txt', '-f', 'json'], sub, { env: { GITHUB_WORKSPACE: ws } });
    expect(JSON.parse(json.stdout)[0].file).toBe('here.txt');
  });
});

describe('sarif from lint', () => {
  it('records inputs that could not be read with the exit code, and links rules to the README', async () => {
    const r = await runMain(['lint', 'here.txt', 'missing.txt', 'drafts/*.txt', '-f', 'sarif'], sub);
    expect(r.code).toBe(2);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        exitCode: 2,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'no such file or folder' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.txt' } } }],
          },
          {
            level: 'error',
            message: { text: 'no files match this pattern' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'drafts/*.txt' } } }],
          },
        ],
      },
    ]);
    const gap = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'lint/numbering-gap');
    // package.json has no homepage or repository: the package page's README.
    expect(gap.helpUri).toBe(`${INFORMATION_URI}#rule-numbering-gap`);
  });

  it('records a file of the wrong kind, and exit code 1 for findings alone', async () => {
    writeFileSync(path.join(sub, 'x.register.yaml'), 'schemaVersion: 1\nsource: {}\ndocuments: []\n');
    try {
      const wrong = JSON.parse((await runMain(['lint', 'x.register.yaml', '-f', 'sarif'], sub)).stdout).runs[0].invocations[0];
      expect(wrong.toolExecutionNotifications[0].message.text).toBe(
        'this is a task register, not a notice; use `workplan validate`',
      );
      const ok = JSON.parse((await runMain(['lint', 'here.txt', '-f', 'sarif'], sub)).stdout).runs[0].invocations[0];
      expect(ok).toEqual({ executionSuccessful: true, exitCode: 1, toolExecutionNotifications: [] });
      const validated = JSON.parse((await runMain(['validate', 'x.register.yaml', '-f', 'sarif'], sub)).stdout).runs[0];
      expect(
        validated.tool.driver.rules.every((rule: { helpUri: string }) => rule.helpUri === `${INFORMATION_URI}#validate`),
      ).toBe(true);
    } finally {
      rmSync(path.join(sub, 'x.register.yaml'));
    }
  });
});

describe('where the README is read', () => {
  it.each([
    [{ homepage: 'https://example.org/workplan#readme' }, 'https://example.org/workplan'],
    [{ repository: 'github:someone/workplan' }, 'https://github.com/someone/workplan'],
    [{ repository: 'someone/workplan' }, 'https://github.com/someone/workplan'],
    [
      { repository: { type: 'git', url: 'git+https://git.example.org/team/workplan.git' } },
      'https://git.example.org/team/workplan',
    ],
    [{ repository: { type: 'git', url: 'git@example.org:team/workplan.git' } }, null],
    [{}, null],
  ])('package.json %j → %j', (pkg, uri) => {
    expect(docsUriOf(pkg)).toBe(uri);
  });
});
