// The in-memory workbook behind Microsoft's real office.js request builder: the adapter runs
// unchanged against `real.host`, its calls go through office.js's own proxies and request
// serialisation, and each request is answered by the fake workbook (server.ts).
//
//   const real = createRealExcel();             // like createFakeExcel(), same `state` helpers
//   await createExcelActions(real.host).check(...);
//   real.requests                               // every request: real bytes in and out
import { type FakeExcelOptions, createFakeExcel } from "../fake-excel";
import { loadOfficeRuntime } from "./load";
import { type RequestMessage, type ServedRequest, serve } from "./server";

let nextWorkbook = 1;

export function createRealExcel(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(options);
  const runtime = loadOfficeRuntime();
  const url = `https://workbook-${nextWorkbook++}.fake.invalid/`;
  const requests: ServedRequest[] = [];
  fake.state.realRequests = true;
  const handle = async (body: unknown) => {
    const { status, body: out, served } = await serve(fake.state, body as RequestMessage);
    requests.push(served);
    fake.state.syncs.push({ requestBytes: served.requestBytes, responseBytes: served.responseBytes });
    return { statusCode: status, headers: {}, body: JSON.stringify(out) };
  };
  runtime.route(url, (request) => handle(request.body));

  const host = {
    requirements: fake.host.requirements,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      // The runtime checks each call against the host's requirement sets, as in Excel.
      runtime.setRequirements(fake.host.requirements);
      const context = new runtime.Excel.RequestContext(url);
      return batch(context);
    },
  };
  return { ...fake, host, requests };
}
