import type { FileHandle } from 'node:fs/promises';

/** An error as the system gives it: message, `code` (ENOSPC …) and the call that failed. */
export function systemError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: no space left on device, ${syscall}`), { code, syscall });
}

/**
 * Wraps a file handle so that its writeFile writes the first half of the data and then throws `err`,
 * as a write does when the disk fills up during it. Every other method is the handle's own.
 */
export function halfWriteThenFail(handle: FileHandle, err: () => Error): FileHandle {
  return new Proxy(handle, {
    get(target, key) {
      if (key === 'writeFile') {
        return async (data: string | Uint8Array) => {
          const bytes = Buffer.from(data);
          await target.write(bytes.subarray(0, bytes.length >> 1));
          throw err();
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
