/**
 * exceljs stamps every zip entry with the time of writing; rewriting the archive with one fixed
 * date makes the same register give the same bytes (reproducible output, diffable in CI).
 */
import { loadJszip } from '../core/load-jszip.js';

export async function withFixedDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const Zip = loadJszip('exceljs'); // the jszip exceljs writes with
  const source = await Zip.loadAsync(bytes);
  const out = new Zip();
  for (const name of Object.keys(source.files).toSorted()) {
    const entry = source.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
