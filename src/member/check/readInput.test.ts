import { describe, expect, it } from 'vitest';
import { RawMember, readInput } from './readInput.js';
import { RecordSink } from './sink.js';

const read = (record: object) => readInput(record, new RecordSink('zh-CN'), new RawMember());

describe('readInput', () => {
  it('keeps unknown keys as extras, whatever keys the records before had at the same positions', () => {
    // The known-key cache remembers `name` at position 0 and `gender` at 1; later records differ there.
    expect(read({ name: '张三', gender: '男' }).extra).toBeUndefined();
    expect(read({ 备注: 'a', gender: '男' }).extra).toEqual({ 备注: 'a' });
    expect(read({ name: '张三', '': 'blank key' }).extra).toEqual({ '': 'blank key' });
    expect(read({ gender: '男', name: '张三' }).extra).toBeUndefined();
  });

  it('reads the known fields in any order', () => {
    const raw = read({ mobile: '13800138000', name: '张三' });
    expect([raw.name, raw.mobile]).toEqual(['张三', '13800138000']);
  });

  it('leaves inherited keys out of the extras', () => {
    const record = Object.assign(Object.create({ inherited: 1 }) as object, { name: '张三', own: 2 });
    expect(read(record).extra).toEqual({ own: 2 });
  });

  it('keeps extras past the remembered positions', () => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++) record[`k${i}`] = i;
    record.name = '张三';
    expect(Object.keys(read(record).extra ?? {})).toHaveLength(70);
  });

  it('reads own fields only, whatever the prototype', () => {
    expect(read(Object.create({ name: '张三' }) as object).name).toBeUndefined();
    class Row {
      name = '李四';
    }
    expect(read(new Row()).name).toBe('李四');
  });

  it('unpacks a plain extra object and keeps any other extra value whole', () => {
    expect(read({ name: '张三', extra: { 备注: 'a' } }).extra).toEqual({ 备注: 'a' });
    const map = new Map([['备注', 'a']]);
    expect(read({ name: '张三', extra: map }).extra).toEqual({ extra: map });
  });
});
