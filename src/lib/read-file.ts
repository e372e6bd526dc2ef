/** Reads a chosen file as text with FileReader, which every supported browser (and jsdom) provides. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('file could not be read'));
    };
    reader.readAsText(file);
  });
}
