package diff

import (
	"math"
	"sort"
)

type candidate struct {
	i, j int
	sim  float64
	same bool    // same clause number
	dist float64 // distance between the relative positions
}

// pairBest pairs old and new clauses greedily, most similar first. With
// sameNumber, clauses left over that carry the same number are paired too:
// a clause rewritten in place.
func (a *aligner) pairBest(olds, news []int, minSim float64, sameNumber bool) {
	if len(olds) == 0 || len(news) == 0 {
		return
	}
	var cands []candidate
	add := func(i, j int) {
		s := a.similarity(a.old[i], a.new[j])
		if s < minSim {
			return
		}
		cands = append(cands, candidate{i: i, j: j, sim: s,
			same: a.old[i].clause.Number == a.new[j].clause.Number,
			dist: math.Abs(float64(i)/float64(len(a.old)) - float64(j)/float64(len(a.new)))})
	}
	if len(olds)*len(news) <= 4096 {
		for _, i := range olds {
			for _, j := range news {
				add(i, j)
			}
		}
	} else {
		for _, c := range a.candidates(olds, news) {
			add(c[0], c[1])
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		p, q := cands[x], cands[y]
		switch {
		case p.sim != q.sim:
			return p.sim > q.sim
		case p.same != q.same:
			return p.same
		case p.dist != q.dist:
			return p.dist < q.dist
		case p.i != q.i:
			return p.i < q.i
		}
		return p.j < q.j
	})
	for _, c := range cands {
		if a.old[c.i].match < 0 && a.new[c.j].match < 0 {
			a.pair(c.i, c.j)
		}
	}
	if !sameNumber {
		return
	}
	byNumber := map[string]int{}
	for _, i := range olds {
		if n := a.old[i].clause.Number; n != "" && a.old[i].match < 0 {
			byNumber[n] = i
		}
	}
	for _, j := range news {
		if i, ok := byNumber[a.new[j].clause.Number]; ok && a.new[j].match < 0 && a.old[i].match < 0 {
			a.pair(i, j)
		}
	}
}

// candidates finds, for large sets, the few old clauses that share the most
// weight of rare words with each new clause, so that the cost stays linear.
func (a *aligner) candidates(olds, news []int) [][2]int {
	const perClause = 8
	postings := map[int32][]int{}
	for _, i := range olds {
		for _, w := range a.old[i].words {
			postings[w.id] = append(postings[w.id], i)
		}
	}
	limit := len(olds)/10 + 8
	var out [][2]int
	score := map[int]float64{}
	for _, j := range news {
		clear(score)
		for _, w := range a.new[j].words {
			ps := postings[w.id]
			if len(ps) > limit {
				continue // too common to tell clauses apart
			}
			for _, i := range ps {
				score[i] += a.weights[w.id]
			}
		}
		best := make([]int, 0, len(score))
		for i := range score {
			best = append(best, i)
		}
		sort.Slice(best, func(x, y int) bool {
			if score[best[x]] != score[best[y]] {
				return score[best[x]] > score[best[y]]
			}
			return best[x] < best[y]
		})
		if len(best) > perClause {
			best = best[:perClause]
		}
		for _, i := range best {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// lis returns the indexes of a longest strictly increasing subsequence of
// seq, in order. Ties are broken towards the earliest elements.
func lis(seq []int) []int {
	if len(seq) == 0 {
		return nil
	}
	tails := []int{} // indexes into seq
	prev := make([]int, len(seq))
	for k, v := range seq {
		lo := sort.Search(len(tails), func(x int) bool { return seq[tails[x]] >= v })
		if lo > 0 {
			prev[k] = tails[lo-1]
		} else {
			prev[k] = -1
		}
		if lo == len(tails) {
			tails = append(tails, k)
		} else {
			tails[lo] = k
		}
	}
	out := make([]int, len(tails))
	for k, x := len(tails)-1, tails[len(tails)-1]; k >= 0; k-- {
		out[k] = x
		x = prev[x]
	}
	return out
}

// moved marks the aligned clauses whose place changed: their parent is not
// the counterpart of their old parent (moved to another section), or they
// left the order of their siblings.
func (a *aligner) moved() []bool {
	out := make([]bool, len(a.new))
	groups := map[int][]int{} // new parent -> new children whose parent matches
	for j, v := range a.new {
		i := v.match
		if i < 0 {
			continue
		}
		op, np := a.old[i].parent, v.parent
		consistent := op < 0 && np < 0 || op >= 0 && np >= 0 && a.old[op].match == np
		if !consistent {
			out[j] = true
			continue
		}
		groups[np] = append(groups[np], j)
	}
	for _, js := range groups {
		seq := make([]int, len(js))
		for k, j := range js {
			seq[k] = a.new[j].match
		}
		keep := map[int]bool{}
		for _, k := range lis(seq) {
			keep[k] = true
		}
		for k, j := range js {
			if !keep[k] {
				out[j] = true
			}
		}
	}
	return out
}
