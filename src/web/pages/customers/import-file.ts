/** Reads a file chosen in the browser as base64 (without the data-URL prefix), for the import endpoints. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Whether a file name is one the import takes (.csv or .xlsx). */
export function isImportable(filename: string): boolean {
  return /\.(csv|xlsx)$/i.test(filename);
}
