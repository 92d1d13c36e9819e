package benchmark

import (
	"time"
	_ "time/tzdata" // UK times on any host, with or without a zoneinfo database
)

// ukZone is Europe/London, or UTC should the zone fail to load.
var ukZone = func() *time.Location {
	if loc, err := time.LoadLocation("Europe/London"); err == nil {
		return loc
	}
	return time.UTC
}()

// UKTime returns t in UK time (GMT, or BST in summer), the time svbench
// shows people wherever it runs.
func UKTime(t time.Time) time.Time { return t.In(ukZone) }
