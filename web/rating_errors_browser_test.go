package web_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestRatingErrors_Browser saves a form with two bad fields through the
// grid's script and checks that each problem shows beside its field,
// describes it for screen readers and is read out by the status line; then
// that a corrected save clears them and stores a UK date as ISO.
func TestRatingErrors_Browser(t *testing.T) {
	app := newTestServer(t)
	round, recs := bristolRoundID(t, app)
	ctx := newBrowser(t)
	rec := recs[6].ID
	id := strconv.Itoa(rec)
	grid := fmt.Sprintf("/assessments/%d/ratings", round)

	if err := chromedp.Do(ctx,
		chromedp.Navigate(app.HTTP.URL+grid),
		fillSignIn(editorAccount(t, app, "Ada")),
		chromedp.WaitVisible(chromedp.ID("grid-count")),
		// The evidence link and target date are folded away until asked for.
		chromedp.Click(chromedp.ID("more-"+id+"-summary")),
		chromedp.WaitVisible(chromedp.ID("evidence-"+id)),
		chromedp.SendKeys(chromedp.ID("evidence-"+id), "sharepoint/plan.docx"),
		// The target date's day, month and year boxes.
		chromedp.SendKeys(chromedp.ID("target-"+id), "31"),
		chromedp.SendKeys(chromedp.ID("target-"+id+"-month"), "13"),
		chromedp.SendKeys(chromedp.ID("target-"+id+"-year"), "2026"),
		chromedp.Click(chromedp.ID("save-"+id)),
		chromedp.WaitVisible(chromedp.ID("target-"+id+"-error")),
	); err != nil {
		t.Fatal(err)
	}
	status := evalString(t, ctx, `document.querySelector('#status-`+id+`').textContent`)
	if !strings.HasPrefix(status, "Not saved.") || !strings.Contains(status, "web address") || !strings.Contains(status, "Target date must be a real date") {
		t.Errorf("status line %q does not read out both problems", status)
	}
	for _, f := range []struct{ input, field string }{{"evidence-" + id, "evidence"}, {"target-" + id, "target_date"}} {
		errID := f.input + "-error"
		got := evalString(t, ctx, fmt.Sprintf(`(() => {
			const p = document.getElementById(%[1]q), in_ = document.getElementById(%[2]q);
			const described = in_.closest('fieldset[role=group]') || in_; // a date input's fieldset
			if (!p) return 'no message';
			const group = p.closest('[data-field]');
			return [p.textContent.trim().startsWith('Error:'), p.classList.contains('govuk-error-message'),
				group && group.dataset.field, group && group.classList.contains('govuk-form-group--error'),
				described.getAttribute('aria-describedby').split(' ').includes(%[1]q), in_.classList.contains('govuk-input--error')].join(' ');
		})()`, errID, f.input))
		if want := "true true " + f.field + " true true true"; got != want {
			t.Errorf("#%s: %q, want %q (Error: prefix, GOV.UK class, its field's group marked, describes the input, input marked)", errID, got, want)
		}
	}
	others := evalString(t, ctx, `Array.from(document.querySelectorAll('#rec-`+id+` [data-field-error]')).map(p => p.id).join(' ')`)
	if others != "evidence-"+id+"-error target-"+id+"-error" {
		t.Errorf("error messages on the form: %q, want the evidence link's and the target date's", others)
	}
	checkAccessibility(t, ctx, "grid with two problems")

	// Fixing one field and saving again leaves only the other's message.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("evidence-"+id), "https://example.org/plan"),
		chromedp.Click(chromedp.ID("save-"+id)),
	); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!document.getElementById('evidence-`+id+`-error') && !!document.getElementById('target-`+id+`-error')`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("after fixing the link: %v (errors %q)", err,
			evalString(t, ctx, `Array.from(document.querySelectorAll('[data-field-error]')).map(p => p.id).join(' ')`))
	}
	if d := evalString(t, ctx, `document.getElementById('evidence-`+id+`').getAttribute('aria-describedby') || ''`); d != "" {
		t.Errorf("the evidence link is still described by %q", d)
	}
	if d := evalString(t, ctx, `document.getElementById('target-`+id+`').closest('fieldset').getAttribute('aria-describedby')`); d != "target-"+id+"-hint target-"+id+"-error" {
		t.Errorf("target date described by %q", d)
	}

	// A UK date saves, clears every problem and is stored as ISO.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("target-"+id+"-month"), "3"),
		chromedp.Click(chromedp.ID("save-"+id)),
	); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector('#status-`+id+`').textContent.startsWith('Saved: ')`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("corrected save: %v (status %q)", err, evalString(t, ctx, `document.querySelector('#status-`+id+`').textContent`))
	}
	left := evalString(t, ctx, `[document.querySelectorAll('#rec-`+id+` [data-field-error], #rec-`+id+` .govuk-form-group--error, #rec-`+id+` .govuk-input--error').length,
		document.querySelector('#rec-`+id+`').classList.contains('sv-rating--error')].join(' ')`)
	if left != "0 false" {
		t.Errorf("after a good save, error marks left: %q", left)
	}
	if line := evalString(t, ctx, `document.querySelector('#more-`+id+` [data-more-filled]').textContent`); line != "Target date: 31 March 2026. Evidence link given." {
		t.Errorf("after the save the folded fields' summary says %q", line)
	}

	// A problem with a folded field while the details is closed opens it
	// and takes focus to the field: here a date typed, then folded away.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("target-"+id), "soon"),
		chromedp.SetValue(chromedp.ID("target-"+id+"-month"), "3"),
		chromedp.Click(chromedp.ID("more-"+id+"-summary")),
	); err != nil {
		t.Fatal(err)
	}
	if open := evalString(t, ctx, `String(document.getElementById('more-`+id+`').open)`); open != "false" {
		t.Fatalf("clicking the summary left the details open=%s", open)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("save-"+id))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('more-`+id+`').open && document.activeElement.id === 'target-`+id+`'`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("a problem inside the closed details: %v (open %s, focus on #%s)", err,
			evalString(t, ctx, `String(document.getElementById('more-`+id+`').open)`), activeID(t, ctx))
	}
	if d := evalString(t, ctx, `document.activeElement.closest('fieldset').getAttribute('aria-describedby')`); d != "target-"+id+"-hint target-"+id+"-error" {
		t.Errorf("the focused target date is described by %q, want its hint and error", d)
	}
	checkAccessibility(t, ctx, "grid with a problem unfolded")

	ada := newVisitor(t, app, "Ben")
	if got := savedRating(t, ada, round, rec); got["target_date"] != "2026-03-31" || got["evidence"] != "https://example.org/plan" {
		t.Errorf("saved %v, want target 2026-03-31 and the link", got)
	}
}
