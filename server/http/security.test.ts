import { describe, expect, it } from 'vitest';
import { hostName, isLoopback } from './security.ts';

describe('host check', () => {
  it('parses host headers', () => {
    expect(hostName('localhost:5173')).toBe('localhost');
    expect(hostName('[::1]:80')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
    expect(hostName(undefined)).toBe('');
  });
  it('accepts loopback names only', () => {
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('[::1]')).toBe(true);
    expect(isLoopback('evil.example')).toBe(false);
    expect(isLoopback('127.0.0.1.evil.example')).toBe(false);
  });
});
