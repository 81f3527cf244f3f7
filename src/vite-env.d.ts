/// <reference types="vite/client" />

// Ambient module declarations cannot use `import type` without becoming augmentations.
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'virtual:catalogue' {
  const catalogue: import('./engine/types').Catalogue;
  export default catalogue;
}
declare module 'virtual:gemeinden' {
  const csv: string;
  export default csv;
}
