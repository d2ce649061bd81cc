/** The API's ETags are the version in quotes ("7"); list items carry the version, so a change from a list can send If-Match. */
export const etagOf = (version: number) => `"${version}"`;

/**
 * The params of a conditional operation, one way for every resource: the path, and the ETag of the
 * version the change starts from as the operation's declared (required) If-Match header. The API
 * answers 412 when the resource changed since that version was read.
 */
export const ifMatch = <P extends Record<string, string>>(path: P, etag: string) => ({ path, header: { 'If-Match': etag } });
