//go:build unix

package site

import (
	"os"
	"syscall"
)

// lockDir takes an exclusive lock on the folder dir (flock), held until
// the returned function is called or the process ends, even by kill -9.
func lockDir(dir string) (unlock func()) {
	unlock, _ = tryLockDir(dir)
	return unlock
}

// tryLockDir locks the folder dir unless another process or build holds
// its lock; ok is false then.
func tryLockDir(dir string) (unlock func(), ok bool) {
	f, err := os.Open(dir)
	if err != nil {
		return func() {}, true
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return func() {}, false
	}
	return func() { f.Close() }, true
}
