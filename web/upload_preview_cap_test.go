package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/svbench/svbench/benchmark"
	"github.com/svbench/svbench/web"
)

// TestUploadPreview_ListsTheFirstRowsOnly: a file of hundreds of
// agreements is checked whole, and its preview states every figure, but
// lists only the first MaxPreviewOutcomes agreements and MaxPreviewRows
// recommendations, saying how many more there are.
func TestUploadPreview_ListsTheFirstRowsOnly(t *testing.T) {
	app := newTestServer(t)
	cl := newVisitor(t, app, "Ada")
	auths, err := app.Store.FindAuthorities(context.Background(), benchmark.AuthorityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	const agreements, each = 250, 3 // 750 recommendations
	var b strings.Builder
	b.WriteString("authority,agreement,round,reference,recommendation,theme\n")
	for i := range agreements {
		au, round := auths[i%len(auths)], []string{"2030-31", "2031-32"}[i/len(auths)]
		for j := 1; j <= each; j++ {
			fmt.Fprintf(&b, "%s,Preview test %d,%s,%d,Recommendation %d of preview test %d.,Financial Efficiencies\n", au.ONSCode, i, round, j, j, i)
		}
	}
	resp, page := cl.postFile(t, "/upload/agreements", "many.csv", []byte(b.String()), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("preview = %d: %q", resp.StatusCode, errorSummary(t, page))
	}
	for _, want := range []string{
		fmt.Sprintf("It holds %d agreements", agreements),
		fmt.Sprintf("importing it will create %d", agreements),
		fmt.Sprintf("The table lists the first %d agreements; the other %d", web.MaxPreviewOutcomes, agreements-web.MaxPreviewOutcomes),
		fmt.Sprintf("The first %d recommendations are listed above. The other %d", web.MaxPreviewRows, agreements*each-web.MaxPreviewRows),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the preview does not say %q", want)
		}
	}
	if n := strings.Count(page, "Recommendation 1 of preview test "); n != (web.MaxPreviewRows+each-1)/each {
		t.Errorf("the preview lists the first recommendation of %d agreements, want %d", n, (web.MaxPreviewRows+each-1)/each)
	}
	if n := strings.Count(page, "of preview test "); n != web.MaxPreviewRows {
		t.Errorf("the preview lists %d recommendations, want %d", n, web.MaxPreviewRows)
	}
}
