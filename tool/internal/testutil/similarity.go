package testutil

// Similarity returns how alike two word sequences are, from 0 to 1: twice
// the length of their longest common subsequence over their total length
// (as Python's difflib ratio). The fidelity tests require 0.995.
func Similarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(LCSLength(a, b)) / float64(len(a)+len(b))
}

// LCSLength returns the length of the longest common subsequence of a and b
// with Myers' O((N+M)D) algorithm: fast when the texts are nearly equal.
func LCSLength(a, b []string) int {
	n, m := len(a), len(b)
	max := n + m
	v := make([]int, 2*max+2)
	for d := 0; d <= max; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[max+k-1] < v[max+k+1] {
				x = v[max+k+1]
			} else {
				x = v[max+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[max+k] = x
			if x >= n && y >= m {
				return (n + m - d) / 2
			}
		}
	}
	return 0
}
