import type { ApiResult } from './result.ts';
import { ReferentError } from './result.ts';
import type { ChannelName, RequestOf, ResponseOf } from './contract.ts';

/** How a request reaches main: IPC in Electron, HTTP on the loopback host in a browser. */
export type Transport = (channel: ChannelName, payload: unknown) => Promise<ApiResult<unknown>>;

export type ApiClient = {
  call<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<ResponseOf<K>>;
};

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(channel, request) {
      const result = await transport(channel, request);
      if (!result.ok) throw new ReferentError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    },
  };
}
