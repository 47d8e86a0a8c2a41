import { describe, expect, it } from 'vitest';
import { kindFromFolder } from '../../src/text/kind-from-folder.js';

describe('kindFromFolder(path)', () => {
  it('reads the kind from the nearest folder name', () => {
    expect(kindFromFolder('policy/notice.pdf')).toBe('policy');
    expect(kindFromFolder('Policies/2019/a.pdf')).toBe('policy');
    expect(kindFromFolder('政策/通知.pdf')).toBe('policy');
    expect(kindFromFolder('papers/guo-2023.pdf')).toBe('paper');
    expect(kindFromFolder('文献/张三.pdf')).toBe('paper');
    expect(kindFromFolder('论文/x.txt')).toBe('paper');
    expect(kindFromFolder('literature/policy/a.pdf')).toBe('policy');
  });

  it('ignores the file name and unknown folders', () => {
    expect(kindFromFolder('policy.pdf')).toBeUndefined();
    expect(kindFromFolder('misc/paper.pdf')).toBeUndefined();
  });
});
