import { describe, expect, it } from 'vitest';
import { hashed, networkOf } from '../../../widgets/collector/spam/network.js';

describe('networkOf: the network a burst is counted on', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:203.0.113.77', '203.0.113.0/24'],
    ['2001:db8:abcd:12::1', '2001:0db8:abcd::/48'],
    ['2001:db8:abcd:ffff:1:2:3:4', '2001:0db8:abcd::/48'],
    ['2001:db8::1', '2001:0db8:0000::/48'],
    ['::1', '0000:0000:0000::/48'],
    ['fe80::1%eth0', 'fe80:0000:0000::/48'],
    ['unknown', 'unknown'],
  ])('%s → %s', (ip, network) => {
    expect(networkOf(ip)).toBe(network);
  });

  it('hashes with a salt, so counters never hold an address and two salts disagree', () => {
    const a = hashed('salt-a', '203.0.113.0/24');
    expect(a).not.toContain('203');
    expect(a).toBe(hashed('salt-a', '203.0.113.0/24'));
    expect(a).not.toBe(hashed('salt-b', '203.0.113.0/24'));
  });
});
