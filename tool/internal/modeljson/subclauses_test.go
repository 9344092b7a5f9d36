package modeljson_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/modeljson"
	"github.com/legalkit/legalkit/tool/internal/parse"
	"github.com/legalkit/legalkit/tool/internal/resolve"
	"github.com/legalkit/legalkit/tool/internal/testutil"
)

// nestedListClauses is a contract written the way Word conversions (Common
// Paper's among them) write one: clauses as numbered-list headings, text
// right under a heading, sub-clauses as indented "N.N <span>Title.</span>"
// paragraphs with "(a)" items, definitions as untitled sub-clauses.
const nestedListClauses = `# Cloud Terms

1. ## Service

    1.1 <span class="header_3">Access.</span>  Customer may use the Service.

    1.2 <span class="header_3">Restrictions</span>.  Customer will not:

      (a) resell the Service;

      (b) break Section 1.1.

2. ## Disclaimer
The Service is provided as is, version 2.5 of it included.

3. ## Liability

    3.1 <span class="header_3">Caps.</span>  Liability is capped, except under Section 3.2 and Section 4.

    3.2 <span class="header_3">Exceptions.</span>  Section 3.1 does not limit fraud.

       2.5 million is no clause number here.

4. ## Definitions

    4.1 **"Customer"** means the buyer of the Service.
`

// TestGoldenNestedListClauses keeps the model of that form in a golden
// file: clause numbers, titles, anchors, parents, items and resolved
// references. go test ./tool/internal/modeljson -update rewrites it.
func TestGoldenNestedListClauses(t *testing.T) {
	doc, ds := parse.Parse("acme/terms/1.md", testutil.Source("en", nestedListClauses))
	if doc == nil {
		t.Fatalf("no document: %v", ds)
	}
	resolve.Link([]*model.Document{doc})
	var buf bytes.Buffer
	if err := modeljson.Write(&buf, doc); err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "nested-list-clauses.json"), buf.Bytes())
}
