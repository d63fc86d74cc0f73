import { describe, expect, it } from 'vitest';
import { readCustomerEmotion } from './customer-emotion.ts';

describe('the customer emotion of a message', () => {
  it('reads anger with the words that show it', () => {
    const reading = readCustomerEmotion('你们卖的什么破手机！气死我了！');
    expect(reading.emotion).toBe('angry');
    expect(reading.cue).toBeTruthy();
    expect('你们卖的什么破手机！气死我了！').toContain(reading.cue!.split('、')[0]);
  });

  it('reads urgency as anxious', () => {
    expect(readCustomerEmotion('麻烦快点处理，我急着用，今天必须解决').emotion).toBe('anxious');
  });

  it('reads a plain question as calm without a cue', () => {
    expect(readCustomerEmotion('请问这款手机的保修期是多久？')).toEqual({ emotion: 'calm', cue: null });
  });
});
