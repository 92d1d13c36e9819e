package web_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/svbench/svbench/ingest"
)

// TestRatingGrid_NationalFirstViewSize: the first view of a round of 361
// recommendations (the national round the issue measures), each worded at
// a typical agreement's length, is under 150 KB of HTML.
func TestRatingGrid_NationalFirstViewSize(t *testing.T) {
	app := newTestServer(t)
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation,theme\n")
	const words = "through an inclusion framework with banded funding and a review of specialist placements with partners"
	for i := 1; i <= 361; i++ {
		th := themeDemand
		if i%2 == 0 {
			th = themeFinance
		}
		fmt.Fprintf(&b, "Bristol,Safety Valve agreement: Bristol,2024-25,%d,National recommendation %d %s.,%s\n", i, i, words, th)
	}
	res, err := ingest.ImportAgreements(context.Background(), app.Store, []byte(b.String()), ingest.FromFile("national.csv", "Ada"), false)
	if err != nil {
		t.Fatal(err)
	}
	ada := newVisitor(t, app, "Ada")
	round := createRound(t, ada, newRoundForm("National round", 0, []string{strconv.Itoa(res.Outcomes[0].AgreementID)}))
	_, page := ada.get(t, "/assessments/"+strconv.Itoa(round)+"/ratings")
	t.Logf("first view of a 361-recommendation round: %d bytes of HTML", len(page))
	if len(page) >= 150*1024 {
		t.Errorf("first view is %d bytes, want under 150 KB", len(page))
	}
}
