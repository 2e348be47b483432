import { Profile } from '../schemas/index.js';

/** Reads a weighting profile from JSON text; throws an Error listing every problem. */
export function fromJsonProfile(text: string): Profile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = Profile.safeParse(value);
  if (!parsed.success) {
    throw new Error(`invalid profile: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
