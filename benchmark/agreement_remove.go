package benchmark

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// AgreementRemoval records an uploaded agreement revision an admin removed:
// which revision, from which file, who removed it and when, the revision
// made current again in its place (0 for none) and how many ratings in
// open rounds went with it.
type AgreementRemoval struct {
	ID            int       `json:"id"`
	AgreementID   int       `json:"agreement_id"`
	Title         string    `json:"title"`
	FinancialYear string    `json:"round"`
	Revision      int       `json:"revision"`
	File          string    `json:"file"`
	RestoredID    int       `json:"restored_id,omitempty"`
	Ratings       int       `json:"ratings"`
	By            string    `json:"by"`
	At            time.Time `json:"at"`
}

// RevisionLabel names one revision of an agreement in history, e.g.
// “Safety Valve agreement: Bristol” revision 2 (bristol.csv).
func RevisionLabel(a *Agreement) string {
	s := fmt.Sprintf("“%s” revision %d", a.Title, a.Revision)
	if a.Provenance.File != "" {
		s += " (" + a.Provenance.File + ")"
	}
	return s
}

// CheckRemovable says why revision a may not be removed, or returns nil.
// Only a revision uploaded from a file may go, only while it is current
// (a newer revision carried its rounds forward), and not while a final
// round covers it or holds ratings of it: a final round is read-only.
// covering are the rounds that cover a or hold ratings of it.
func CheckRemovable(a *Agreement, covering []*Assessment) error {
	switch {
	case a.Provenance.Origin == OriginDataset:
		return Errorf(EINVALID, "“%s” is shipped with svbench, not uploaded: only an uploaded agreement can be removed.", a.Title)
	case a.Provenance.Origin != OriginFile:
		return Errorf(EINVALID, "“%s” was not uploaded from a file: only an uploaded agreement can be removed.", a.Title)
	case a.SupersededBy != 0:
		return Errorf(EINVALID, "Revision %d of “%s” has been replaced by a newer revision: remove the newer one first.", a.Revision, a.Title)
	}
	var final []string
	for _, r := range covering {
		if r.Final {
			final = append(final, roundName(r))
		}
	}
	if len(final) > 0 {
		return Errorf(EINVALID, "“%s” cannot be removed: the final round %s covers it, and a final round cannot change. Reopen it first, or keep the agreement.",
			a.Title, strings.Join(final, " and the final round "))
	}
	return nil
}

// roundName names a round as “title” (authority), or just “title” when
// its authority is not loaded.
func roundName(r *Assessment) string {
	if r.Authority == nil {
		return "“" + r.Title + "”"
	}
	return "“" + r.Title + "” (" + r.Authority.Place() + ")"
}

// AgreementRemovalService undoes agreement uploads.
type AgreementRemovalService interface {
	// RemoveAgreement removes an uploaded revision (CheckRemovable) in one
	// transaction: the revision it superseded becomes current again and
	// takes its place in open rounds; the ratings of its recommendations
	// go, recorded in each round's history; and the removal is recorded
	// with who (by), when and the file.
	RemoveAgreement(ctx context.Context, id int, by string) (*AgreementRemoval, error)
	// FindAgreementRemovals returns every recorded removal, newest first.
	FindAgreementRemovals(ctx context.Context) ([]*AgreementRemoval, error)
}
