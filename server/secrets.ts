/** Room codes, keys and seat tokens: random from node:crypto, compared by their hashes. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** No look-alikes: no 0/O, 1/I/L. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A random room code (31^6 ≈ 8.9e8 codes), not derived from any counter. */
export function roomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A secret of 256 random bits (facilitator key) or 128 (seat token), URL-safe. */
export const secret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const hashSecret = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Whether `value` is the secret whose hash is `hash`, in constant time. */
export function matches(value: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(value), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A game seed for teams the facilitator gave none. */
export const randomSeed = (): number => randomInt(0, 2 ** 31 - 1);
