export type UploadResult = {
  status: number;
  body: { error?: string; detail?: string; originalName?: string; fieldErrors?: Array<{ field: string; message: string }> };
};

/** Sends a file as the request body, reporting progress (fetch cannot report upload progress). */
export function uploadFile(url: string, file: File, onProgress: (fraction: number) => void, headers: Record<string, string> = {}): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A body that is not JSON carries no detail.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("network"));
    request.send(file);
  });
}
