package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// formExpiredError is a form refused by the cross-site request check:
// usually a page left open until its token ran out, or sent from
// elsewhere.
type formExpiredError struct{ cause error }

func (e formExpiredError) Error() string {
	return "svbench could not accept this form: the page it came from was open too long, or it was sent from another site. Nothing was saved. Open the page again and send it again; what you entered is below so that you can copy it."
}

func (e formExpiredError) Unwrap() error { return e.cause }

// keptField is one field of a refused form, shown back to the person.
type keptField struct {
	Label, Value string
}

// keptLabels names the form fields worth showing back, in order; other
// fields (tokens, versions, uploaded data) are left out.
var keptLabels = []struct{ name, label string }{
	{"title", "Title"},
	{"assessed_on", "Date"},
	{"rag", "Rating"},
	{"commentary", "Commentary"},
	{"evidence", "Evidence link"},
	{"owner", "Owner"},
	{"target_date", "Target date"},
	{"authority", "Authority"},
}

// keptFields lists the non-empty text fields the refused request posted.
func keptFields(c echo.Context) []keptField {
	r := c.Request()
	if r.Method != http.MethodPost {
		return nil
	}
	if r.PostForm == nil {
		_ = r.ParseForm()
	}
	var out []keptField
	for _, k := range keptLabels {
		if v := typedDate(r.PostForm, k.name); v != "" {
			out = append(out, keptField{Label: k.label, Value: v})
		}
	}
	return out
}
