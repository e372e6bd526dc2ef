/** Hands a text file to the browser's download (exports: FHIR, CSV, iCalendar). */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers start the download after the click returns; revoke only once they have the file.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
