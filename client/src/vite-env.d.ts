/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API is when it does not serve the client itself (development against another host). */
  readonly VITE_API_BASE_URL?: string;
}
