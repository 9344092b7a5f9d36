package diff

import (
	"math"
	"slices"
	"strings"

	"github.com/legalkit/legalkit/tool/internal/model"
)

// unit is one clause of one version, ready for alignment.
type unit struct {
	clause *model.Clause
	parent int // index of the enclosing clause; -1 at the top
	text   string
	words  []wordCount // lower-cased word tokens, sorted by id
	weight float64     // sum of weight*count over words
	match  int         // index of the aligned clause in the other version; -1
}

type wordCount struct {
	id    int32
	count int32
}

// aligner pairs the clauses of two versions.
type aligner struct {
	old, new []*unit
	weights  []float64 // per word id: log(units / units containing the word)
}

// Similarity thresholds (weighted Dice coefficient, 0..1): within a stretch
// of the document between two unchanged clauses, a clause and its amended
// version usually share most rare words; across the document a move must be
// clearer before it is believed.
const (
	minSimInGap = 0.35
	minSimMoved = 0.5
)

func newAligner(oldDoc, newDoc *model.Document) *aligner {
	return &aligner{old: units(oldDoc), new: units(newDoc)}
}

// units lists the clauses of a document in reading order.
func units(d *model.Document) []*unit {
	var out []*unit
	index := map[*model.Clause]int{}
	d.Walk(func(c *model.Clause) {
		u := &unit{clause: c, parent: -1, text: ClauseText(c), match: -1}
		if c.Parent != nil {
			u.parent = index[c.Parent]
		}
		index[c] = len(out)
		out = append(out, u)
	})
	return out
}

// vectorize counts the words of the clauses that found no identical
// counterpart, and weighs each word by how rare it is among them. Clauses
// paired by identical text (most of them) are never tokenized.
func (a *aligner) vectorize() {
	dict := map[string]int32{}
	var df []int
	var ids []int32
	for _, side := range [][]*unit{a.old, a.new} {
		for _, u := range side {
			if u.match >= 0 || u.words != nil {
				continue
			}
			ids = ids[:0]
			for _, t := range tokenize(u.text) {
				if !isWordToken(t) {
					continue
				}
				t = strings.ToLower(t)
				id, ok := dict[t]
				if !ok {
					id = int32(len(dict))
					dict[t] = id
					df = append(df, 0)
				}
				ids = append(ids, id)
			}
			slices.Sort(ids)
			u.words = []wordCount{}
			for i := 0; i < len(ids); {
				j := i
				for j < len(ids) && ids[j] == ids[i] {
					j++
				}
				u.words = append(u.words, wordCount{ids[i], int32(j - i)})
				df[ids[i]]++
				i = j
			}
		}
	}
	n := float64(len(a.old) + len(a.new))
	a.weights = make([]float64, len(df))
	for id, c := range df {
		a.weights[id] = math.Log(1 + n/float64(c))
	}
	for _, side := range [][]*unit{a.old, a.new} {
		for _, u := range side {
			u.weight = 0
			for _, w := range u.words {
				u.weight += a.weights[w.id] * float64(w.count)
			}
		}
	}
}

// similarity is the weighted Dice coefficient of two clauses' words: rare
// words count more than "de" and "Klant".
func (a *aligner) similarity(x, y *unit) float64 {
	if x.weight+y.weight == 0 {
		return 0
	}
	common := 0.0
	i, j := 0, 0
	for i < len(x.words) && j < len(y.words) {
		switch {
		case x.words[i].id < y.words[j].id:
			i++
		case x.words[i].id > y.words[j].id:
			j++
		default:
			c := x.words[i].count
			if y.words[j].count < c {
				c = y.words[j].count
			}
			common += a.weights[x.words[i].id] * float64(c)
			i++
			j++
		}
	}
	return 2 * common / (x.weight + y.weight)
}

func (a *aligner) pair(i, j int) {
	a.old[i].match = j
	a.new[j].match = i
}

// align pairs the clauses: identical text first, then similar text in the
// same stretch of the document, then parents by their children, then moves.
func (a *aligner) align() {
	a.exact()
	a.vectorize()
	a.gaps()
	a.parents()
	a.pairBest(a.unmatched(a.old), a.unmatched(a.new), minSimMoved, false)
	a.parents()
}

// exact pairs clauses with identical text, preferring the same number when
// the text occurs more than once.
func (a *aligner) exact() {
	byText := map[string][]int{}
	for i, u := range a.old {
		if u.text != "" {
			byText[u.text] = append(byText[u.text], i)
		}
	}
	for j, v := range a.new {
		cands := byText[v.text]
		if len(cands) == 0 {
			continue
		}
		k := 0
		for x, i := range cands {
			if a.old[i].clause.Number == v.clause.Number {
				k = x
				break
			}
		}
		a.pair(cands[k], j)
		byText[v.text] = append(cands[:k:k], cands[k+1:]...)
	}
}

// gaps pairs unmatched clauses that lie between the same two unchanged
// clauses in both versions: amended in place.
func (a *aligner) gaps() {
	var pairs [][2]int
	for i, u := range a.old {
		if u.match >= 0 {
			pairs = append(pairs, [2]int{i, u.match})
		}
	}
	seq := make([]int, len(pairs))
	for k, p := range pairs {
		seq[k] = p[1]
	}
	anchors := [][2]int{{-1, -1}}
	for _, k := range lis(seq) {
		anchors = append(anchors, pairs[k])
	}
	anchors = append(anchors, [2]int{len(a.old), len(a.new)})
	for k := 1; k < len(anchors); k++ {
		lo, hi := anchors[k-1], anchors[k]
		var olds, news []int
		for i := lo[0] + 1; i < hi[0]; i++ {
			if a.old[i].match < 0 {
				olds = append(olds, i)
			}
		}
		for j := lo[1] + 1; j < hi[1]; j++ {
			if a.new[j].match < 0 {
				news = append(news, j)
			}
		}
		if len(olds) > 0 && len(news) > 0 {
			a.pairBest(olds, news, minSimInGap, true)
		}
	}
}

// parents pairs unmatched clauses whose matched sub-clauses mostly moved
// together: a section whose title changed but whose clauses stayed.
func (a *aligner) parents() {
	children := make([][]int, len(a.new))
	for j, v := range a.new {
		if v.parent >= 0 {
			children[v.parent] = append(children[v.parent], j)
		}
	}
	for j := len(a.new) - 1; j >= 0; j-- {
		if a.new[j].match >= 0 || len(children[j]) == 0 {
			continue
		}
		votes := map[int]int{}
		matched := 0
		for _, c := range children[j] {
			if i := a.new[c].match; i >= 0 {
				matched++
				if p := a.old[i].parent; p >= 0 && a.old[p].match < 0 {
					votes[p]++
				}
			}
		}
		best, bestVotes := -1, 0
		for p, n := range votes {
			if n > bestVotes || n == bestVotes && p < best {
				best, bestVotes = p, n
			}
		}
		if best >= 0 && 2*bestVotes >= matched {
			a.pair(best, j)
		}
	}
}

func (a *aligner) unmatched(us []*unit) []int {
	var out []int
	for i, u := range us {
		if u.match < 0 {
			out = append(out, i)
		}
	}
	return out
}
