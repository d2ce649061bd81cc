import type { paths } from './schema';

// Types are derived from the generated OpenAPI paths (not hand-written), so a rename of a
// component schema in the API document does not break the client; a shape change does.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** All keys present and non-null: for values the client fills with defaults where the document leaves them optional. */
type Complete<T> = { [K in keyof T]-?: NonNullable<T[K]> };

export type Business = JsonOf<paths['/api/v1/businesses/{id}']['get']['responses'][200]>;
type BusinessListBody = JsonOf<paths['/api/v1/businesses']['get']['responses'][200]>;
export type BusinessList = Complete<Pick<BusinessListBody, 'page' | 'pageSize' | 'totalCount'>> & { items: Business[] };
export type BusinessListQuery = NonNullable<paths['/api/v1/businesses']['get']['parameters']['query']>;
export type Kecamatan = Complete<JsonOf<paths['/api/v1/reference/kecamatan']['get']['responses'][200]>[number]>;
export type Kelurahan = Complete<JsonOf<paths['/api/v1/reference/kelurahan']['get']['responses'][200]>[number]>;
export type TokenResponse = JsonOf<paths['/api/v1/auth/token']['post']['responses'][200]>;
export type CurrentUser = Complete<NonNullable<TokenResponse['user']>>;
export type UserRole = CurrentUser['role'];

export type BusinessScale = Business['scale'];
export type BusinessStatus = Business['status'];
export type BusinessSector = Business['sector'];
export type EkatalogStatus = Business['ekatalogStatus'];
export type BusinessSort = NonNullable<BusinessListQuery['sort']>;
export type BusinessInput = NonNullable<JsonOf<NonNullable<paths['/api/v1/businesses']['post']['requestBody']>>>;
export type KbliCode = NonNullable<BusinessInput['kbli']>[number];
export type Gender = NonNullable<BusinessInput['ownerGender']>;
