/** The address a request counts against: the socket's, or the client's behind declared proxies. */
import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { clientAddress } from '../../server/address';

const req = (socket: string | undefined, xff?: string | string[]) => ({ socket: { remoteAddress: socket }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  test('no proxy declared: the socket, whatever the header says', () => {
    expect(clientAddress(req('10.0.0.5', '203.0.113.9'), 0)).toBe('10.0.0.5');
    expect(clientAddress(req(undefined), 0)).toBe('unknown');
  });

  test('one proxy: the address it saw, the header’s last entry; earlier entries are the client’s own claims', () => {
    expect(clientAddress(req('127.0.0.1', '203.0.113.9'), 1)).toBe('203.0.113.9');
    // A client writing its own header: the proxy appends what it saw, and only that is believed.
    expect(clientAddress(req('127.0.0.1', '1.2.3.4, 203.0.113.9'), 1)).toBe('203.0.113.9');
  });

  test('two proxies: the second entry from the right; spaces and repeated headers are read as one list', () => {
    expect(clientAddress(req('127.0.0.1', ' 1.2.3.4 ,203.0.113.9,  10.1.1.1'), 2)).toBe('203.0.113.9');
    expect(clientAddress(req('127.0.0.1', ['1.2.3.4, 203.0.113.9', '10.1.1.1']), 2)).toBe('203.0.113.9');
  });

  test('fewer entries than declared hops: the farthest address known, never nothing', () => {
    expect(clientAddress(req('127.0.0.1', '203.0.113.9'), 3)).toBe('203.0.113.9');
    expect(clientAddress(req('127.0.0.1'), 1)).toBe('127.0.0.1');
    expect(clientAddress(req('127.0.0.1', ' , '), 1)).toBe('127.0.0.1');
  });
});
