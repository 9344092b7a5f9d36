package model

// NextDigits returns the digit string one more than n, of any length:
// "10" after "9", "100000000000000000000" after twenty nines. Clause
// numbers are compared as digit strings, never as integers, so that no
// length overflows.
func NextDigits(n string) string {
	b := []byte(n)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}
