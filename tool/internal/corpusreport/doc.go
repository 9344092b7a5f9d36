// Package corpusreport measures legalkit on the development corpus,
// ../shared/corpus beside the repository (or $LEGALKIT_CORPUS): real
// documents by other authors with their version histories. Its tests wrap
// each version in legalkit front matter in memory, run the real pipeline
// (parse, link, check) and report what legalkit finds: clauses, anchors,
// items, definitions, references and findings by code. They also compare
// one version of each of a dozen documents with what a reader counted by
// hand (testdata/corpus-expect/) and print precision and recall.
//
// The package holds tests only; it never copies corpus text into the
// repository.
package corpusreport
