package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode"

	ucli "github.com/urfave/cli/v2"

	"github.com/legalkit/legalkit/templates"
	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
	"github.com/legalkit/legalkit/tool/internal/diag"
	"github.com/legalkit/legalkit/tool/internal/history"
	"github.com/legalkit/legalkit/tool/internal/model"
	"github.com/legalkit/legalkit/tool/internal/pdf"
	"github.com/legalkit/legalkit/tool/internal/safetext"
)

// pdfCommand is legalkit pdf.
func pdfCommand() *ucli.Command {
	return &ucli.Command{
		Name:      "pdf",
		Usage:     "write the PDF of document versions",
		ArgsUsage: "DOCUMENT[@VERSION]|FILE...",
		Description: `Writes one PDF per document version: A4, with a title block, running header
and footer, clickable defined terms and clause references, an outline of the
sections and articles, and a diagonal stamp on drafts. DOCUMENT alone is its
newest version. The PDFs are named publisher-document-version.pdf and land
in the current folder, or in -o DIR; -o FILE.pdf names the one PDF, -o -
writes it to standard output.

--bundle writes one PDF of each named document together with its main
document and annexes (annex-of, annexes), with one outline and links across
them.

A document with errors (see legalkit check) gets no PDF: the errors are
printed and the exit code is 1. The same sources always give the same bytes.`,
		Flags: []ucli.Flag{
			&ucli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "`PATH`: a file ending in .pdf, a folder, or - for standard output (default: the current folder)"},
			&ucli.BoolFlag{Name: "bundle", Usage: "one PDF of the main document and its annexes"},
			&ucli.StringSliceFlag{Name: "sources", Usage: "where the documents are (default: the document's folder in terms/ with its main document and annexes, or the files named)"},
			&ucli.StringFlag{Name: "templates", Usage: "`DIR` whose pdf/style.json and fonts/ replace the built-in ones"},
			langFlag(),
		},
		Action: runPDF,
	}
}

// pdfJob is one PDF to write: a document, or a bundle of a main document
// and its annexes.
type pdfJob struct {
	docs   []*model.Document
	bundle bool
	name   string
	data   []byte
}

// pdfMemory is the heap size past which pdf collects garbage as usual
// again: well above what a real document needs, well below the 1 GiB the
// hostile-input catalogue allows.
const pdfMemory = 512 << 20

func runPDF(c *ucli.Context) error {
	// A PDF run is short and allocates a few dozen megabytes: collecting
	// garbage less often saves a fifth of its time.
	// The setting is the process's: it is put back when the run ends.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	// That would let a large document's heap grow to five times what is in
	// use (1.2 GB for 80,000 references in one paragraph): past pdfMemory
	// the collector works as hard as it must to stay near it.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(pdfMemory))
	refs := c.Args().Slice()
	o := pdfOptions{output: c.String("output"), templates: c.String("templates"), bundle: c.Bool("bundle"),
		sources: c.StringSlice("sources")}
	if len(refs) == 0 {
		return usagef("pdf takes one or more DOCUMENT[@VERSION] or FILE")
	}
	if out := o.output; out != "" && out != "-" && !strings.HasSuffix(out, "/") && !strings.HasSuffix(out, string(filepath.Separator)) {
		if info, err := os.Stat(out); (err != nil || !info.IsDir()) && !strings.EqualFold(filepath.Ext(out), ".pdf") {
			return usagef("-o %s: name a folder, a file ending in .pdf, or - for standard output", out)
		}
	}
	cp, err := corpus.LoadFor(refs, o.sources, DefaultSources)
	if err != nil {
		return err
	}
	fl, err := chooseLanguage(c, cp.Docs)
	if err != nil {
		return err
	}
	ds := fl.in(append(append(diag.List{}, cp.Diags...), check.Run(cp.Docs)...))
	if pdfErrors(c, nil, refs, ds, fl.summary) { // files named that did not parse
		return findings()
	}
	jobs, err := pdfJobs(cp, refs, o.bundle)
	if err != nil {
		return err
	}
	if failed := pdfErrors(c, withTwins(cp.Docs, jobs), refs, ds, fl.summary); failed {
		return findings()
	}
	r, err := pdfRenderer(o.templates)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		if j.bundle {
			j.data, err = r.Bundle(j.docs)
		} else {
			j.data, err = r.Document(j.docs[0])
		}
		if err != nil {
			return err
		}
	}
	return writePDFs(c, jobs, o.output, sourcesOf(cp, o.sources))
}

// pdfOptions are the flags of legalkit pdf.
type pdfOptions struct {
	output, templates string
	bundle            bool
	sources           []string
}

// pdfJobs finds the documents to write, each once.
func pdfJobs(cp *corpus.Corpus, refs []string, bundle bool) ([]*pdfJob, error) {
	var jobs []*pdfJob
	seen := map[string]bool{}
	for _, ref := range refs {
		doc, err := cp.Find(ref)
		if err != nil {
			return nil, err
		}
		docs := []*model.Document{doc}
		if bundle {
			if docs = family(cp.Docs, doc); len(docs) < 2 {
				return nil, usagef("%s: --bundle needs a document with annexes or an annex; %s has neither", ref, doc.Key())
			}
		}
		j := &pdfJob{docs: docs, bundle: bundle, name: pdfName(docs[0], bundle)}
		if !seen[j.name] {
			seen[j.name] = true
			jobs = append(jobs, j)
		}
	}
	return jobs, nil
}

// family returns the main document of doc (doc itself, or the document it
// is an annex of) followed by the main document's annexes, each in the
// version that goes with it (history.ReadWith; the PDF has no date).
func family(docs []*model.Document, doc *model.Document) []*model.Document {
	set := history.NewSet(docs)
	main := doc
	if id := doc.Meta.AnnexOf; id != "" {
		if m := set.ReadWith(doc, id, model.Date{}); m != nil {
			main = m
		}
	}
	out := []*model.Document{main}
	for _, id := range main.Meta.Annexes {
		if id == doc.Meta.ID && doc != main {
			out = append(out, doc)
		} else if a := set.ReadWith(main, id, model.Date{}); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// pdfName is publisher-document-version.pdf, with -bundle for a bundle.
func pdfName(doc *model.Document, bundle bool) string {
	name := strings.ReplaceAll(doc.Meta.ID, "/", "-") + "-" + doc.Meta.Version
	if bundle {
		name += "-bundle"
	}
	name = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || unicode.IsControl(r) {
			return '-'
		}
		return r
	}, name)
	return name + ".pdf"
}

// pdfErrors prints the errors of the documents about to be written and of
// files named that did not parse, with the summary in language; it
// reports whether there were any.
func pdfErrors(c *ucli.Context, jobs []*pdfJob, refs []string, ds diag.List, language string) bool {
	files := map[string]bool{}
	for _, j := range jobs {
		for _, d := range j.docs {
			files[d.Path] = true
		}
	}
	for _, ref := range refs {
		files[ref] = true
	}
	var errs diag.List
	for _, d := range ds {
		if d.Severity == diag.Error && files[d.File] {
			errs = append(errs, d)
		}
	}
	if len(errs) == 0 {
		return false
	}
	_ = errs.Write(c.App.ErrWriter, "text")
	fmt.Fprintln(c.App.ErrWriter, diag.Phrasef("no PDF written: %s", errs.SummaryIn(language)).In(language))
	return true
}

func pdfRenderer(dir string) (*pdf.Renderer, error) {
	if dir == "" {
		return pdf.Default()
	}
	fsys, err := templates.FS(dir)
	if err != nil {
		return nil, fmt.Errorf("--templates: %w", err)
	}
	return pdf.New(fsys)
}

// writePDFs writes the PDFs to out: standard output, one file, or a folder.
// Each file is written to a temporary file first and renamed, so that a
// reader never sees half a PDF. No file is written when any of them would
// land on a source.
func writePDFs(c *ucli.Context, jobs []*pdfJob, out string, sources sourceSet) error {
	if out == "-" {
		if len(jobs) != 1 {
			return usagef("-o - writes one PDF; %d were asked for", len(jobs))
		}
		_, err := c.App.Writer.Write(jobs[0].data)
		return err
	}
	dir, paths, err := pdfPaths(jobs, out)
	if err != nil {
		return err
	}
	for _, p := range paths {
		if err := sources.check("-o", p); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := safetext.NewWriter(c.App.Writer)
	for i, j := range jobs {
		if err := writeFileAtomic(paths[i], j.data); err != nil {
			return err
		}
		fmt.Fprintln(names, paths[i])
	}
	return names.Flush()
}

// pdfPaths returns the folder the PDFs go to and the path of each.
func pdfPaths(jobs []*pdfJob, out string) (string, []string, error) {
	dir, file := ".", ""
	switch {
	case out == "":
	case strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)):
		dir = out
	default:
		if info, err := os.Stat(out); err == nil && info.IsDir() {
			dir = out
		} else {
			if len(jobs) != 1 {
				return "", nil, usagef("-o %s names one file, but %d PDFs were asked for: name a folder", out, len(jobs))
			}
			dir, file = filepath.Dir(out), filepath.Base(out)
		}
	}
	var paths []string
	for _, j := range jobs {
		name := j.name
		if file != "" {
			name = file
		}
		paths = append(paths, filepath.Join(dir, name))
	}
	return dir, paths, nil
}
