import { rpc, type Output } from '../api/rpc';
import type { Media } from '../api/types';

/** The upload URL refused the body (docs/API.md, "Media upload, two phases"). */
export class UploadError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'UploadError';
    this.status = status;
  }
}

const PUT_ERRORS: Record<number, string> = {
  0: 'The upload could not reach the server.',
  400: 'The file did not match what was declared.',
  403: 'The upload link expired. Try again.',
  409: 'This upload already has its file.',
  410: 'The upload failed verification or was deleted.',
  413: 'The file is larger than declared.',
  503: 'The storage service did not answer. Try again.',
};

/** PUTs the bytes with XHR, the only browser API that reports upload progress. */
export function putWithProgress(url: string, file: Blob, headers: Record<string, string>, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) {
      // Browsers set Content-Length from the body themselves and refuse it as a header.
      if (name.toLowerCase() !== 'content-length') xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else reject(new UploadError(xhr.status, PUT_ERRORS[xhr.status] ?? `Upload failed (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new UploadError(0, PUT_ERRORS[0]!));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** The two phases: initiateUpload (reserves quota), PUT the bytes, completeUpload (verifies, counts them). */
export async function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Media> {
  const ticket: Output<'media.initiateUpload'> = await rpc('media.initiateUpload', {
    filename: file.name || 'upload',
    contentType: file.type,
    size: file.size,
  });
  await putWithProgress(ticket.uploadUrl, file, ticket.headers, onProgress, signal);
  const done = await rpc('media.completeUpload', { uploadId: ticket.uploadId, mediaId: ticket.mediaId });
  return done.media;
}
