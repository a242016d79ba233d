/** Vite's `?url` import: the file is copied into dist/renderer/assets and this is its URL. */
declare module '*?url' {
  const url: string;
  export default url;
}
