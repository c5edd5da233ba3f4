import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './helpers.js';

describe('--help', () => {
  it.each(['parse', 'clean', 'lint', 'validate', 'diff', 'stats'])(
    '%s shows two or three examples and its exit codes',
    async (command) => {
      const { stdout, code } = await runMain([command, '--help'], ROOT);
      expect(code).toBe(0);
      const examples = stdout.split('\nExamples:\n')[1]?.split('\n\n')[0].split('\n') ?? [];
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(3);
      for (const line of examples) expect(line).toMatch(new RegExp(`^  \\$ workplan ${command} .+  # .+`));
      expect(stdout).toContain('\nExit codes:\n');
    },
  );

  it('parse and clean list only the exit codes they can return (no findings, so no 1)', async () => {
    for (const command of ['parse', 'clean']) {
      const { stdout } = await runMain([command, '--help'], ROOT);
      expect(stdout.split('\nExit codes:\n')[1]).not.toMatch(/^\s+1\s/m);
    }
  });

  it('says the notice commands read Word files too', async () => {
    expect((await runMain(['parse', '--help'], ROOT)).stdout).toContain('.docx');
  });
});
