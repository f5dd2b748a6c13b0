import { describe, expect, it } from 'vitest';
import { readSecretary } from './secretary.js';

const read = (secretary: unknown, deputySecretary?: unknown, firstSecretary?: unknown) =>
  readSecretary({ secretary, deputySecretary, firstSecretary }, 'zh-CN');

describe('readSecretary', () => {
  it('takes a plain name as the secretary; trimming or folding it is a change', () => {
    const r = read(' 张三 ');
    expect(r.secretary).toEqual({ name: '张三', role: 'secretary' });
    expect(r.issues).toEqual([]);
    expect(r.changes).toEqual([{ path: ['secretary'], before: ' 张三 ', after: '张三' }]);
    expect(read('张三').changes).toEqual([]);
    expect(read(' 张三', '李四').changes).toEqual([{ path: ['secretary'], before: ' 张三', after: '张三' }]);
  });
  it('accepts { name, role } with API or Chinese roles', () => {
    expect(read({ name: '李四', role: '副书记' }).secretary).toEqual({ name: '李四', role: 'deputy' });
    expect(read({ name: '王五', role: 'first' }).secretary).toEqual({ name: '王五', role: 'first' });
    expect(read({ name: '赵六' }).secretary).toEqual({ name: '赵六', role: 'secretary' });
  });
  it('falls back to the deputy (quietly: the guide allows it), then the first secretary (a review)', () => {
    const deputy = read('', '李四', '王五');
    expect(deputy.secretary).toEqual({ name: '李四', role: 'deputy' });
    expect(deputy.issues).toEqual([]);
    expect(deputy.changes).toEqual([{ path: ['secretary'], before: '', after: '李四（副书记）' }]);
    expect(deputy.unused).toEqual([{ field: 'firstSecretary', value: '王五' }]);
    const first = read(undefined, undefined, '王五');
    expect(first.secretary).toEqual({ name: '王五', role: 'first' });
    expect(first.issues.map((i) => [i.rule, i.severity])).toEqual([['org.secretary.fallback', 'review']]);
    expect(first.issues[0]?.message).toContain('第一书记');
  });
  it('enforces the order: a deputy comes before a first secretary given as item 2', () => {
    const r = read({ name: '王五', role: 'first' }, '李四');
    expect(r.secretary).toEqual({ name: '李四', role: 'deputy' });
    expect(r.changes).toEqual([{ path: ['secretary'], before: '王五（第一书记）', after: '李四（副书记）' }]);
  });
  it('keeps the secretary when a deputy is also given', () => {
    const r = read('张三', '李四');
    expect(r.secretary?.role).toBe('secretary');
    expect(r.unused).toEqual([{ field: 'deputySecretary', value: '李四' }]);
  });
  it('reports org.secretary.missing when all are vacant', () => {
    expect(read('  ').issues.map((i) => i.rule)).toEqual(['org.secretary.missing']);
    expect(read({ name: '', role: 'secretary' }).issues.map((i) => i.rule)).toEqual(['org.secretary.missing']);
  });
  it('reports unknown roles and unusable values, not as missing', () => {
    expect(read({ name: '张三', role: '组长' }).issues.map((i) => [i.rule, i.path])).toEqual([['org.field.invalid', ['secretary', 'role']]]);
    expect(read(Symbol('x')).issues.map((i) => i.rule)).toEqual(['org.field.invalid']);
  });
});
