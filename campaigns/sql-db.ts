/** The database clock in epoch milliseconds (workers on several machines agree on it). */
export const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
