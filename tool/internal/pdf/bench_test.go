package pdf

import "testing"

// BenchmarkServicevoorwaarden renders the Servicevoorwaarden (about twenty
// pages, nine hundred links) including strict validation.
// Compare with pandoc and weasyprint: testdata/bench/pdf.sh.
func BenchmarkServicevoorwaarden(b *testing.B) {
	doc := seedDoc(b, "visma/servicevoorwaarden")
	r := renderer(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Document(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayout is the part before fpdf and pdfcpu: line breaking and
// pagination.
func BenchmarkLayout(b *testing.B) {
	doc := seedDoc(b, "visma/servicevoorwaarden")
	r := renderer(b)
	b.ReportAllocs()
	for b.Loop() {
		l := &layout{st: r.st, m: r.measurer(), targets: newTargets(nil)}
		l.document(doc, 0)
		p := &pager{st: r.st}
		p.place(l.blocks)
	}
}
