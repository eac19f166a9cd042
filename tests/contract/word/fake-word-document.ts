// The in-memory Word document (tests/support/fake-word) wrapped in an office-addin-mock context,
// so the Word adapter's contract tests can count round trips.
import { OfficeMockObject } from "office-addin-mock";
import { WordDocumentModel } from "../../support/fake-word/document";


export class FakeWordDocument extends WordDocumentModel {
  /** An office-addin-mock request context whose document is this fake. */
  context(): OfficeMockObject & Word.RequestContext {
    const mock = new OfficeMockObject({ document: this.documentApi() });
    return mock as unknown as OfficeMockObject & Word.RequestContext;
  }
}
